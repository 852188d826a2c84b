namespace NetworkGraph.Bench.Runner;

/// <summary>How the runner starts each server on the benchmark database, and the documents each answers the queries with.</summary>
public sealed class ServerKinds(RunOptions options, Database database)
{
    public const string NetworkGraph = "NetworkGraph";
    public const string PostGraphile = "PostGraphile";
    public const string Handwritten = "hand-written";

    public ServerKind Of(string name) => name switch
    {
        NetworkGraph => NetworkGraphOn(options.BasePort, database.ConnectionStringFor("bench_networkgraph")),
        PostGraphile => new ServerKind(name, "bench_postgraphile", "node", ["server.js"], options.PostGraphile,
            new Dictionary<string, string>
            {
                ["NODE_ENV"] = "production",
                ["DATABASE_URL"] = PostgresUrl(database.ConnectionStringFor("bench_postgraphile")),
                ["PORT"] = (options.BasePort + 1).ToString(),
            },
            options.BasePort + 1, "/graphql", Queries("postgraphile")),
        Handwritten => new ServerKind(name, "bench_handwritten", "dotnet",
            ["NetworkGraph.Bench.Handwritten.dll", "--urls", $"http://127.0.0.1:{options.BasePort + 2}"], options.Handwritten,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__NetworkGraph"] = database.ConnectionStringFor("bench_handwritten"),
            },
            options.BasePort + 2, "/health/ready", Queries("networkgraph")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>NetworkGraph with its production settings on a port of its own, connecting with the given connection string.</summary>
    public ServerKind NetworkGraphOn(int port, string connectionString) =>
        new(NetworkGraph, new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Username!, "dotnet",
            ["NetworkGraph.Api.dll", "--urls", $"http://127.0.0.1:{port}"], options.NetworkGraph,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "PostgreSQL",
                ["ConnectionStrings__NetworkGraph"] = connectionString,
                // wrk sends every request from one address, the change test polls fifty times a second, and the peers
                // have no rate limit: neither has NetworkGraph here, with or without a key.
                ["RateLimits__PermitsPerMinute"] = "0",
                ["RateLimits__KeyPermitsPerMinute"] = "0",
            },
            port, "/health/ready", Queries("networkgraph"));

    /// <summary>A document of bench/queries/networkgraph.</summary>
    public string NetworkGraphQuery(string file) => Path.Combine(options.Bench, "queries", "networkgraph", file);

    private Dictionary<string, string> Queries(string server) =>
        Benchmark.QueryList.ToDictionary(q => q.Id, q => Path.Combine(options.Bench, "queries", server, q.File));

    private static string PostgresUrl(string connectionString)
    {
        var c = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{Uri.EscapeDataString(c.Username ?? "postgres")}:{Uri.EscapeDataString(c.Password ?? "")}@{c.Host}:{c.Port}/{c.Database}";
    }
}
