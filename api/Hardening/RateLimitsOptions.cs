namespace NetworkGraph.Api.Hardening;

/// <summary>How many requests a caller may send to the GraphQL endpoint, bound from the "RateLimits" configuration section.</summary>
public sealed class RateLimitsOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests a minute from one client address without an API key; 0 for no limit.</summary>
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>Requests a minute with one API key, from any number of addresses; 0 for no limit.</summary>
    public int KeyPermitsPerMinute { get; set; } = 600;
}
