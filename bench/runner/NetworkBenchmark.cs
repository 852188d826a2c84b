using System.Diagnostics;
using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>
/// The network engine on the large network, on a running NetworkGraph: Q4 (shortest paths between fixed pairs of
/// organisations) over HTTP and as a recursive query in PostgreSQL, with their hops compared; Q5 (the cross-border
/// matrix) when the service has it; the sampled broker ranking, computed and then remembered.
/// </summary>
public sealed class NetworkBenchmark(RunOptions options, Database database, ServerKinds kinds, NetworkResults results)
{
    /// <summary>NetworkGraph's default for path(maxHops), which Q4 leaves as it is.</summary>
    private const int MaxHops = 6;

    private readonly string script = Path.Combine(options.Bench, "load", "post-query.lua");

    public async Task MeasureAsync(Server networkGraph)
    {
        await ComparePathsAsync(networkGraph);
        if (options.Load) await LoadPathsAsync(networkGraph);
        await MeasureCrossBorderAsync(networkGraph);
        await MeasureBrokersAsync(networkGraph);
    }

    /// <summary>
    /// Each pair asked of both once to warm up and to compare the hops, then again one request or query at a time, timed:
    /// NetworkGraph over HTTP, PostgreSQL from here with Npgsql.
    /// </summary>
    private async Task ComparePathsAsync(Server networkGraph)
    {
        RunLog.Write($"Q4: shortest paths between {PathPairs.Count} pairs, NetworkGraph and PostgreSQL");
        var pairs = PathPairs.Pick(await database.VisibleOrganisationsAsync());
        var document = await File.ReadAllTextAsync(kinds.NetworkGraphQuery("q4-path.graphql"));
        var sql = await File.ReadAllTextAsync(Path.Combine(options.Bench, "database", "shortest-path.sql"));
        async Task<int?> HttpHopsAsync(PathPair pair) => NetworkAnswers.Hops(await networkGraph.QueryAsync(document, pair.Variables));
        Task<int?> SqlHopsAsync(PathPair pair) => database.ShortestPathHopsAsync(sql, pair.From, pair.To, MaxHops);
        var answers = new List<(PathPair Pair, int? Hops, int? SqlHops)>();
        foreach (var pair in pairs) answers.Add((pair, await HttpHopsAsync(pair), await SqlHopsAsync(pair)));
        foreach (var (pair, hops, sqlHops) in answers)
            results.Paths.Add(new PathAnswer(pair, hops, sqlHops, await TimeAsync(() => HttpHopsAsync(pair)), await TimeAsync(() => SqlHopsAsync(pair))));
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>wrk on Q4, every request the next of the pairs: the same warm-up and measured run as Q1 to Q3.</summary>
    private async Task LoadPathsAsync(Server networkGraph)
    {
        var variables = await PathPairs.WriteVariablesAsync(results.Paths.Select(p => p.Pair), Path.Combine(options.Logs, "q4-pairs.jsonl"));
        results.PathLoad = await LoadAsync("Q4", networkGraph, kinds.NetworkGraphQuery("q4-path.graphql"), variables);
    }

    private async Task<WrkResult> LoadAsync(string query, Server networkGraph, string file, string? variables = null)
    {
        RunLog.Write($"{query}, NetworkGraph: warm-up {options.Warmup} s, then {options.Duration} s");
        await Wrk.RunAsync(script, file, networkGraph.Kind.GraphQLUrl, options.Threads, options.Connections, options.Warmup, variables);
        var result = await Wrk.RunAsync(script, file, networkGraph.Kind.GraphQLUrl, options.Threads, options.Connections, options.Duration, variables);
        RunLog.Write($"  {result.RequestsPerSecond:F0} requests/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, {result.Failed} failed");
        return result;
    }

    /// <summary>Q5 is measured when the schema has the field: the first request says so.</summary>
    private async Task MeasureCrossBorderAsync(Server networkGraph)
    {
        RunLog.Write("Q5: the cross-border matrix");
        var file = kinds.NetworkGraphQuery("q5-cross-border.graphql");
        var document = await File.ReadAllTextAsync(file);
        var (status, body) = (0, "");
        var first = await TimeAsync(async () => (status, body) = await networkGraph.PostAsync(document));
        if (NoSuchField(body, "crossBorderAlliances"))
        {
            results.CrossBorder = new CrossBorder("the service has no crossBorderAlliances", 0, null);
            RunLog.Write("  not measured: the service has no crossBorderAlliances");
            return;
        }
        if (status != 200 || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"Q5 answered {status}: {body[..Math.Min(body.Length, 500)]}");
        results.CrossBorder = new CrossBorder(null, first, options.Load ? await LoadAsync("Q5", networkGraph, file) : null);
    }

    /// <summary>Whether the answer refuses the document because the schema has no field of that name.</summary>
    private static bool NoSuchField(string body, string field)
    {
        using var answer = JsonDocument.Parse(body);
        return answer.RootElement.TryGetProperty("errors", out var errors) && errors.EnumerateArray().Any(error =>
            error.GetProperty("extensions").GetProperty("code").GetString() == "FIELDS_ON_CORRECT_TYPE"
            && error.GetProperty("message").GetString()!.Contains($"'{field}'", StringComparison.Ordinal));
    }

    private const int WarmBrokerRequests = 3;

    /// <summary>The first request computes the ranking; those after it find it remembered for the snapshot.</summary>
    private async Task MeasureBrokersAsync(Server networkGraph)
    {
        RunLog.Write("brokers on the whole network");
        var document = await File.ReadAllTextAsync(kinds.NetworkGraphQuery("brokers.graphql"));
        var (status, body) = (0, "");
        var cold = await TimeAsync(async () =>
        {
            try
            {
                (status, body) = await networkGraph.PostAsync(document);
            }
            catch (TaskCanceledException)
            {
                (status, body) = (0, "{\"errors\":[{\"message\":\"no answer within the runner's 30 s\"}]}");
            }
        });
        using var answer = JsonDocument.Parse(body);
        if (status != 200 || answer.RootElement.TryGetProperty("errors", out _))
        {
            results.Brokers = new BrokerTimes(cold, double.NaN, null, body[..Math.Min(body.Length, 300)]);
            RunLog.Write($"  failed after {cold:F0} ms: {results.Brokers.Failure}");
            return;
        }
        var warm = new List<double>();
        for (var i = 0; i < WarmBrokerRequests; i++) warm.Add(await TimeAsync(() => networkGraph.QueryAsync(document)));
        var sampled = answer.RootElement.GetProperty("data").GetProperty("network").GetProperty("brokers").GetProperty("sampled");
        results.Brokers = new BrokerTimes(cold, warm.Order().ElementAt(WarmBrokerRequests / 2),
            sampled.ValueKind == JsonValueKind.Number ? sampled.GetInt64() : null);
        RunLog.Write($"  {cold:F0} ms, then {results.Brokers.WarmMilliseconds:F0} ms");
    }
}
