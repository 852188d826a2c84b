namespace NetworkGraph.Api.Access;

/// <summary>Settings of API key authentication, bound from the "Access" configuration section.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// How long a server trusts a key it has verified without reading its row again. A revoked key is refused
    /// within this time; 0 reads the row on every request.
    /// </summary>
    public int KeyCacheSeconds { get; set; } = 30;
}
