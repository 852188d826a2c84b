namespace NetworkGraph.Api.Network;

/// <summary>How the network engine follows the change log and how far its analyses go, bound from the "Network" configuration section.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>How often the engine reads the log for changes other instances committed; this instance's own are applied at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether, on PostgreSQL, the engine also listens for other instances' commits (LISTEN/NOTIFY) and reads the log at
    /// once. Turn it off behind a pooler that does not keep a session (PgBouncer in transaction mode); polling remains.
    /// </summary>
    public bool ListenForChanges { get; set; } = true;

    /// <summary>
    /// The most records whose betweenness is computed exactly, from every record; above it (n records) it is estimated
    /// from limit² / n sources drawn with a fixed seed, which costs about as much as an exact ranking at the limit.
    /// </summary>
    public int ExactBetweennessLimit { get; set; } = 2_000;
}
