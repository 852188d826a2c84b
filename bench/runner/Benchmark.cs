using System.Diagnostics;
using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>
/// The load benchmark: NetworkGraph's start-up on the large network, then the three servers side by side —
/// same answers, SQL statements per request, and wrk runs alternating between the servers.
/// </summary>
public sealed class Benchmark(RunOptions options, Database database)
{
    private const string NetworkGraph = ServerKinds.NetworkGraph, PostGraphile = ServerKinds.PostGraphile, Handwritten = ServerKinds.Handwritten;

    public static readonly BenchQuery[] QueryList =
    [
        new("Q1", "flat list of 20 organisations", "q1-flat.graphql"),
        new("Q2", "20 organisations with their defenders and coalitions (the budget query)", "q2-three-level.graphql"),
        new("Q3", "organisations in Ukraine working on LGBTQI+ rights, by name, 20", "q3-filtered.graphql"),
    ];

    private readonly ServerPool pool = new(options.Logs);
    private readonly ServerKinds kinds = new(options, database);
    private readonly string script = Path.Combine(options.Bench, "load", "post-query.lua");

    public Results Results { get; } = new()
    {
        Options = options,
        Queries = QueryList,
        Servers = [NetworkGraph, PostGraphile, Handwritten],
    };

    private Server Start(string name) => pool.Start(kinds.Of(name));

    private Task StopAsync(Server server) => pool.StopAsync(server);

    /// <summary>Stops whatever is still running; also called when the run is interrupted.</summary>
    public void StopAll() => pool.Interrupt();

    public async Task RunAsync()
    {
        try
        {
            await DescribeAsync();
            await MeasureStartupAsync();
            var servers = new Dictionary<string, Server>();
            foreach (var name in Results.Servers) servers[name] = Start(name);
            foreach (var server in servers.Values) await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            // The engine reads every record while it builds the network: not while the statements are counted.
            await NetworkAnswers.BuiltAsync(servers[NetworkGraph]);
            await CompareAnswersAsync(servers);
            await ProbeStatementsAsync(servers);
            await ProbeDepthAsync(servers[NetworkGraph]);
            if (options.Load) await LoadAsync(servers);
            await new NetworkBenchmark(options, database, kinds, Results.Network).MeasureAsync(servers[NetworkGraph]);
            foreach (var (name, server) in servers) Results.FinalMemory[name] = server.MemoryMiB;
            await pool.StopAllAsync();
            var unconnected = Results.Network.Paths.Where(p => p.Hops is null or > 1).Select(p => p.Pair).ToList();
            Results.Network.ChangeDelays.AddRange(await new ChangeOnAnotherInstance(options, database, kinds, pool).MeasureAsync(unconnected));
        }
        finally
        {
            await pool.StopAllAsync();
            Results.FinishedAt = DateTime.UtcNow;
            if (Results.Environment is { } environment) Results.Environment = environment with { LoadAfter = LoadAverage() };
        }
    }

    private async Task DescribeAsync()
    {
        RunLog.Write("describing the machine and the data");
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var postGraphileVersion = JsonDocument.Parse(File.ReadAllText(Path.Combine(options.PostGraphile, "node_modules", "postgraphile", "package.json")))
            .RootElement.GetProperty("version").GetString();
        var filterVersion = JsonDocument.Parse(File.ReadAllText(Path.Combine(options.PostGraphile, "node_modules", "postgraphile-plugin-connection-filter", "package.json")))
            .RootElement.GetProperty("version").GetString();
        Results.Environment = new RunEnvironment(
            $"{System.Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory) / 1024 / 1024} GiB memory",
            Command("git", "-C", options.Bench, "log", "-1", "--format=%h %s"),
            Command("dotnet", "--version"),
            Command("node", "--version"),
            await database.VersionAsync(),
            $"postgraphile {postGraphileVersion}, postgraphile-plugin-connection-filter {filterVersion}",
            Command("wrk", "-v").Split('\n')[0],
            await database.SizeAsync(),
            LoadAverage(),
            "");
    }

    /// <summary>
    /// NetworkGraph started several times on the large network: until /health/ready answers, then, asked at once side by
    /// side, until the network answers (its first request waits for the engine to build it) and until the budget query does.
    /// </summary>
    private async Task MeasureStartupAsync()
    {
        var q2 = await File.ReadAllTextAsync(kinds.Of(NetworkGraph).Queries["Q2"]);
        for (var run = 1; run <= options.Startups; run++)
        {
            RunLog.Write($"start-up {run}/{options.Startups}");
            var server = Start(NetworkGraph);
            var buildsBefore = EngineLog.Builds(server.LogFile);
            var ready = await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            var atReady = server.MemoryMiB.Resident;
            var firstAnswer = AnsweredAsync(server, q2);
            var network = await NetworkAnswers.BuiltAsync(server);
            var withNetwork = server.MemoryMiB;
            var (answered, afterFirst) = await firstAnswer;
            Results.Startups.Add(new Startup(run, ready.TotalSeconds, network.TotalSeconds, answered.TotalSeconds,
                atReady, withNetwork.Resident, withNetwork.Peak, afterFirst, await EngineLog.BuildAfterAsync(server.LogFile, buildsBefore)));
            await StopAsync(server);
        }
        foreach (var name in new[] { PostGraphile, Handwritten })
        {
            var server = Start(name);
            var ready = await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            Results.PeerStartups.Add(new PeerStartup(name, ready.TotalSeconds, server.MemoryMiB.Resident));
            await StopAsync(server);
        }
    }

    /// <summary>When the server answered the document, from its start, and its resident memory then.</summary>
    private static async Task<(TimeSpan Answered, double ResidentMiB)> AnsweredAsync(Server server, string document)
    {
        await server.QueryAsync(document);
        return (DateTime.UtcNow - server.Started, server.MemoryMiB.Resident);
    }

    /// <summary>
    /// Every server's answer to every query: PostGraphile's must hold the same records (its own field names aside),
    /// the hand-written endpoint's must be byte for byte NetworkGraph's, and its SQL the same statements.
    /// </summary>
    private async Task CompareAnswersAsync(Dictionary<string, Server> servers)
    {
        RunLog.Write("comparing answers");
        foreach (var query in QueryList)
        {
            var reference = await servers[NetworkGraph].QueryAsync(await File.ReadAllTextAsync(servers[NetworkGraph].Kind.Queries[query.Id]));
            foreach (var name in new[] { PostGraphile, Handwritten })
            {
                var answer = await servers[name].QueryAsync(await File.ReadAllTextAsync(servers[name].Kind.Queries[query.Id]));
                Results.Equivalences.Add(new Equivalence(query.Id, name, Leaves(answer).SequenceEqual(Leaves(reference)),
                    name == Handwritten ? answer == reference : null, null));
            }
        }
    }

    /// <summary>The values of a response's data, in order: text folded so that enum spellings (LEGAL_AID, LegalAid) compare equal.</summary>
    private static IEnumerable<string> Leaves(string body)
    {
        using var document = JsonDocument.Parse(body);
        var leaves = new List<string>();
        Collect(document.RootElement.GetProperty("data"), leaves);
        return leaves;

        static void Collect(JsonElement element, List<string> leaves)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Collect(property.Value, leaves);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Collect(item, leaves);
                    break;
                case JsonValueKind.String:
                    leaves.Add(element.GetString()!.Replace("_", "").ToLowerInvariant());
                    break;
                default:
                    leaves.Add(element.GetRawText());
                    break;
            }
        }
    }

    private const int ProbeRequests = 20;

    /// <summary>Requests one after another, counted by pg_stat_statements: the statements each server sends per query.</summary>
    private async Task ProbeStatementsAsync(Dictionary<string, Server> servers)
    {
        RunLog.Write("counting SQL statements per request");
        foreach (var query in QueryList)
        {
            foreach (var (name, server) in servers)
            {
                var document = await File.ReadAllTextAsync(server.Kind.Queries[query.Id]);
                var use = await CountStatementsAsync(server, document);
                Results.Probes.Add(new Probe(name, query.Id, use));
            }
            var index = Results.Equivalences.FindIndex(e => e.Query == query.Id && e.Server == Handwritten);
            var ours = Results.Probes.Single(p => p.Server == NetworkGraph && p.Query == query.Id).Statements.QueryIds;
            var theirs = Results.Probes.Single(p => p.Server == Handwritten && p.Query == query.Id).Statements.QueryIds;
            Results.Equivalences[index] = Results.Equivalences[index] with { SameStatements = ours.SetEquals(theirs) };
        }
    }

    private async Task<StatementUse> CountStatementsAsync(Server server, string document)
    {
        for (var i = 0; i < 3; i++) await server.QueryAsync(document);
        await database.ResetStatementsAsync();
        for (var i = 0; i < ProbeRequests; i++) await server.QueryAsync(document);
        return await database.StatementsAsync(server.Kind.Role, ProbeRequests);
    }

    /// <summary>The same shapes with small and large pages: the statements must follow the depth, never the rows.</summary>
    private async Task ProbeDepthAsync(Server server)
    {
        RunLog.Write("statements against depth and rows");
        var shapes = new (int Depth, int[] Pages, Func<int, string> Document)[]
        {
            (1, [20, 100], page => $"{{ organisations(first: {page}) {{ nodes {{ name }} }} }}"),
            (2, [20, 100], page => $"{{ organisations(first: {page}) {{ nodes {{ name coalitions {{ nodes {{ name }} }} }} }} }}"),
            (3, [10, 40], page => $"{{ organisations(first: {page}) {{ nodes {{ name coalitions(first: 10) {{ nodes {{ name members(first: 10) {{ nodes {{ name }} }} }} }} }} }} }}"),
        };
        foreach (var (depth, pages, document) in shapes)
        {
            foreach (var page in pages)
            {
                var answer = await server.QueryAsync(document(page));
                var use = await CountStatementsAsync(server, document(page));
                Results.DepthProbes.Add(new DepthProbe(depth, page, Records(answer), use.PerRequest, use.ResetsPerRequest));
            }
        }
    }

    /// <summary>How many records a response holds: objects with a name or an alias.</summary>
    private static int Records(string body)
    {
        using var document = JsonDocument.Parse(body);
        return Count(document.RootElement.GetProperty("data"));

        static int Count(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => (element.TryGetProperty("name", out _) || element.TryGetProperty("alias", out _) ? 1 : 0)
                + element.EnumerateObject().Sum(p => Count(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().Sum(Count),
            _ => 0,
        };
    }

    /// <summary>
    /// Rounds of wrk runs: per query, each server gets the same warm-up and then the measured run, in an order that
    /// turns by one every round so that no server always follows the same one.
    /// </summary>
    private async Task LoadAsync(Dictionary<string, Server> servers)
    {
        var postmaster = await database.PostmasterPidAsync();
        var names = Results.Servers.ToList();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var order = names.Skip((round - 1) % names.Count).Concat(names.Take((round - 1) % names.Count)).ToList();
            foreach (var query in QueryList)
            {
                foreach (var name in order)
                {
                    var server = servers[name];
                    var file = server.Kind.Queries[query.Id];
                    RunLog.Write($"round {round}/{options.Rounds}, {query.Id}, {name}: warm-up {options.Warmup} s, then {options.Duration} s");
                    await Wrk.RunAsync(script, file, server.Kind.GraphQLUrl, options.Threads, options.Connections, options.Warmup);

                    await database.ResetStatementsAsync();
                    var serverBefore = server.CpuMilliseconds;
                    var databaseBefore = Proc.TreeCpuMilliseconds(postmaster);
                    var ownBefore = Proc.CpuMilliseconds(System.Environment.ProcessId, withReapedChildren: true);
                    var machineBefore = MachineBusyMilliseconds();
                    var result = await Wrk.RunAsync(script, file, server.Kind.GraphQLUrl, options.Threads, options.Connections, options.Duration);
                    var serverMs = server.CpuMilliseconds - serverBefore;
                    var databaseMs = Proc.TreeCpuMilliseconds(postmaster) - databaseBefore;
                    var ownMs = Proc.CpuMilliseconds(System.Environment.ProcessId, withReapedChildren: true) - ownBefore;
                    var machineMs = MachineBusyMilliseconds() - machineBefore;
                    var statements = await database.StatementsAsync(server.Kind.Role, result.Requests);
                    var requests = Math.Max(1, result.Requests);
                    var otherCores = Math.Max(0, machineMs - serverMs - databaseMs - ownMs) / (result.Seconds * 1000);
                    Results.Measurements.Add(new Measurement(round, query.Id, name, result,
                        serverMs / requests, databaseMs / requests, otherCores, statements, server.MemoryMiB.Resident));
                    RunLog.Write($"  {result.RequestsPerSecond:F0} requests/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, " +
                        $"{serverMs / requests:F3} ms CPU/request, other processes {otherCores:F2} cores");
                }
            }
        }
    }

    /// <summary>CPU time the whole machine spent busy (user, nice, system, irq, softirq, steal), in milliseconds.</summary>
    private static double MachineBusyMilliseconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i]));
        return busy * Proc.MillisecondsPerTick;
    }

    private static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string Command(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(not found)";
        }
    }
}
