namespace NetworkGraph.Api.Access;

/// <summary>How a mutation says the caller may not make a change, worded once for each rule.</summary>
public static class Refusals
{
    public static NotAllowedError CuratorsOnly(string noun) => new($"Only curators may change {noun}s.");
}
