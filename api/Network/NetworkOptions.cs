namespace NetworkGraph.Api.Network;

/// <summary>How the network engine follows the change log and how far its analyses go, bound from the "Network" configuration section.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>How often the engine reads the log for changes other instances committed; this instance's own are applied at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most breadth-first searches one betweenness takes: exact (one from every record) up to this many records,
    /// and from this many sources drawn with a fixed seed above it.
    /// </summary>
    public int ExactBetweennessLimit { get; set; } = 2_000;
}
