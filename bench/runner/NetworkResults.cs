namespace NetworkGraph.Bench.Runner;

/// <summary>Q4 for one pair of organisations: NetworkGraph's hops and PostgreSQL's (null: no path), and how long each took.</summary>
public sealed record PathAnswer(PathPair Pair, int? Hops, int? SqlHops, double HttpMilliseconds, double SqlMilliseconds);

/// <summary>Q5: why it was not measured, or its first answer and its load run.</summary>
public sealed record CrossBorder(string? NotMeasured, double FirstMilliseconds, WrkResult? Load);

/// <summary>
/// The sampled broker ranking of the whole network: the first request (computed) and later ones (remembered); or why
/// the first failed (the service's timeout, say), and when.
/// </summary>
public sealed record BrokerTimes(double ColdMilliseconds, double WarmMilliseconds, long? Sampled, string? Failure = null);

/// <summary>What the runner measured of the network engine.</summary>
public sealed class NetworkResults
{
    public List<PathAnswer> Paths { get; } = [];
    public WrkResult? PathLoad { get; set; }
    public CrossBorder? CrossBorder { get; set; }
    public BrokerTimes? Brokers { get; set; }

    /// <summary>From a tie's commit through one instance until another instance's path finds it, in ms, per repetition.</summary>
    public List<double> ChangeDelays { get; } = [];
}
