namespace NetworkGraph.Bench.Runner;

/// <summary>The benchmark queries: the same question asked of every server, each in its own words.</summary>
public sealed record BenchQuery(string Id, string Title, string File);

/// <summary>One measured wrk run of one query against one server, with what the machine did meanwhile.</summary>
public sealed record Measurement(
    int Round,
    string Query,
    string Server,
    WrkResult Wrk,
    double ServerCpuMsPerRequest,
    double DatabaseCpuMsPerRequest,
    double OtherCores,
    StatementUse Statements,
    double ResidentMiB);

/// <summary>A few requests one after another, with the statements they caused.</summary>
public sealed record Probe(string Server, string Query, StatementUse Statements);

/// <summary>NetworkGraph answering the same shape of query with small and large pages: statements against rows.</summary>
public sealed record DepthProbe(int Depth, int Page, int Records, double Statements, double Resets);

/// <summary>
/// One start-up of NetworkGraph: until /health/ready answers, until the network answers (the engine has built it from
/// the database), until the budget query does; resident memory at each point, and its peak once the network is built;
/// and the engine's own account of the build (<see cref="EngineLog"/>), when its log gives one.
/// </summary>
public sealed record Startup(int Run, double ReadySeconds, double NetworkSeconds, double FirstAnswerSeconds,
    double ResidentAtReadyMiB, double ResidentWithNetworkMiB, double PeakWithNetworkMiB, double ResidentAfterFirstMiB, EngineBuild? Build);

public sealed record PeerStartup(string Server, double ReadySeconds, double ResidentMiB);

/// <summary>Whether two servers gave the same answer to a query, and the SQL they sent for it.</summary>
public sealed record Equivalence(string Query, string Server, bool SameData, bool? SameBytes, bool? SameStatements);

public sealed record RunEnvironment(
    string Machine,
    string Commit,
    string DotNet,
    string Node,
    string PostgreSql,
    string PostGraphile,
    string Wrk,
    IReadOnlyList<(string Table, long Rows)> Data,
    string LoadBefore,
    string LoadAfter);

public sealed class Results
{
    public required RunOptions Options { get; init; }
    public required IReadOnlyList<BenchQuery> Queries { get; init; }
    public required IReadOnlyList<string> Servers { get; init; }
    public RunEnvironment? Environment { get; set; }
    public List<Startup> Startups { get; } = [];
    public List<PeerStartup> PeerStartups { get; } = [];
    public List<Equivalence> Equivalences { get; } = [];
    public List<Probe> Probes { get; } = [];
    public List<DepthProbe> DepthProbes { get; } = [];
    public List<Measurement> Measurements { get; } = [];
    public Dictionary<string, (double Resident, double Peak)> FinalMemory { get; } = [];
    public NetworkResults Network { get; } = new();
    public DateTime StartedAt { get; } = DateTime.UtcNow;
    public DateTime FinishedAt { get; set; }
}
