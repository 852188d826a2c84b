namespace NetworkGraph.Api.Network;

/// <summary>How far the network engine's analyses go, bound from the "Network" configuration section.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>
    /// The most records whose betweenness is computed exactly, from every record; above it (n records) it is estimated
    /// from limit² / n sources drawn with a fixed seed, which costs about as much as an exact ranking at the limit.
    /// </summary>
    public int ExactBetweennessLimit { get; set; } = 2_000;
}
