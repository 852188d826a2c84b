namespace NetworkGraph.Bench.Runner;

/// <summary>What bench/run.sh hands over: where the built servers are, the database, and how long to measure.</summary>
public sealed record RunOptions
{
    public required string Bench { get; init; }
    public required string NetworkGraph { get; init; }
    public required string Handwritten { get; init; }
    public required string PostGraphile { get; init; }
    public required string Database { get; init; }
    public required string Report { get; init; }
    public required string Logs { get; init; }
    public string? MicroResults { get; init; }
    public int Duration { get; init; } = 10;
    public int Warmup { get; init; } = 5;
    public int Connections { get; init; } = 16;
    public int Threads { get; init; } = 1;
    public int Rounds { get; init; } = 3;
    public int Startups { get; init; } = 3;
    public int BasePort { get; init; } = 5091;
    public bool Load { get; init; } = true;
    public string? Notes { get; init; }

    public static RunOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            var name = args[i][2..];
            if (name is "no-load") flags.Add(name);
            else if (i + 1 < args.Length) values[name] = args[++i];
            else throw new ArgumentException($"'{args[i]}' needs a value.");
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value) : fallback;
        return new RunOptions
        {
            Bench = Path.GetFullPath(Required("bench")),
            NetworkGraph = Path.GetFullPath(Required("networkgraph")),
            Handwritten = Path.GetFullPath(Required("handwritten")),
            PostGraphile = Path.GetFullPath(Required("postgraphile")),
            Database = Required("database"),
            Report = Path.GetFullPath(Required("report")),
            Logs = Path.GetFullPath(Required("logs")),
            MicroResults = values.GetValueOrDefault("micro-results"),
            Duration = Number("duration", 10),
            Warmup = Number("warmup", 5),
            Connections = Number("connections", 16),
            Threads = Number("threads", 1),
            Rounds = Number("rounds", 3),
            Startups = Number("startups", 3),
            BasePort = Number("base-port", 5091),
            Load = !flags.Contains("no-load"),
            Notes = values.GetValueOrDefault("notes"),
        };
    }
}
