using System.Globalization;
using System.Text;

namespace NetworkGraph.Bench.Runner;

/// <summary>The report's lines on the network engine: its budgets, and the section with the figures they rest on.</summary>
public static class NetworkReport
{
    private const double HttpPathBudgetMs = 2, EnginePathBudgetMs = 0.1, BrokersBudgetMs = 2000, BuildBudgetSeconds = 3, MemoryBudgetMiB = 1024, ChangeBudgetMs = 1000;

    public static void WriteBudgets(StringBuilder text, Results results, IReadOnlyList<(string Title, string Markdown)> micro)
    {
        var network = results.Network;
        if (results.Startups.Count > 0)
        {
            var built = Report.Median(results.Startups.Select(s => s.NetworkSeconds));
            var ready = Report.Median(results.Startups.Select(s => s.ReadySeconds));
            var answered = $"network answered {built:F2} s after the start (median of {results.Startups.Count}), {built - ready:F2} s after /health/ready";
            if (results.Startups.Select(s => s.Build).OfType<EngineBuild>().ToList() is { Count: > 0 } builds)
            {
                var engine = Report.Median(builds.Select(b => b.Seconds));
                Row(text, "network engine: the snapshot of 100k organisations with 1M edges built in under 3 s",
                    $"{engine:F2} s by the engine's log (median: reading {Report.Median(builds.Select(b => b.ReadSeconds)):F2} s, views {Report.Median(builds.Select(b => b.ViewsSeconds)):F2} s); {answered}",
                    engine < BuildBudgetSeconds);
            }
            else Row(text, "network engine: the network of 100k organisations with 1M edges built within 3 s of start", answered, built < BuildBudgetSeconds);
            var resident = Report.Median(results.Startups.Select(s => s.ResidentWithNetworkMiB));
            Row(text, "network engine: resident memory with the network built under 1 GB",
                $"{resident:F0} MiB (median); peak while building {results.Startups.Max(s => s.PeakWithNetworkMiB):F0} MiB", resident < MemoryBudgetMiB);
        }
        if (network.Paths.Count > 0)
        {
            var http = Report.Median(network.Paths.Select(p => p.HttpMilliseconds));
            Row(text, "Q4: a shortest path over HTTP under 2 ms", $"median {http:F2} ms, one request at a time over {network.Paths.Count} pairs", http < HttpPathBudgetMs);
        }
        if (PathSearchMedians(micro) is { Count: > 0 } medians)
            Row(text, "path search on 100k nodes / 1M edges in the engine under 0.1 ms (median)",
                string.Join("; ", medians.Select(m => $"{m.Name}: {m.Milliseconds * 1000:F1} μs")), medians.All(m => m.Milliseconds < EnginePathBudgetMs));
        if (network.Brokers is { } brokers)
            Row(text, "sampled brokers under 2 s", brokers.Failure is null
                ? $"{brokers.ColdMilliseconds:F0} ms computed, {brokers.WarmMilliseconds:F0} ms remembered"
                : $"failed after {brokers.ColdMilliseconds:F0} ms", brokers.Failure is null && brokers.ColdMilliseconds < BrokersBudgetMs);
        if (network.ChangeDelays.Count > 0)
            Row(text, "a change committed through one instance seen on another within 1 s",
                $"median {Report.Median(network.ChangeDelays):F0} ms, max {network.ChangeDelays.Max():F0} ms over {network.ChangeDelays.Count}", network.ChangeDelays.Max() < ChangeBudgetMs);
    }

    private static void Row(StringBuilder text, string budget, string measured, bool met) =>
        text.AppendLine($"| {budget} | {measured} | {Report.Verdict(met)} |");

    public static void Write(StringBuilder text, Results results)
    {
        var network = results.Network;
        text.AppendLine("## Network engine");
        text.AppendLine();
        WritePaths(text, network);
        text.AppendLine("### Q5: cross-border alliance matrix for a region (Europe)");
        text.AppendLine();
        text.AppendLine(network.CrossBorder switch
        {
            null => "Not run.",
            { NotMeasured: { } reason } => $"Not measured: {reason}.",
            { Load: { } load } cross => $"First answer {cross.FirstMilliseconds:F0} ms; under load {Throughput(load)}.",
            var cross => $"First answer {cross.FirstMilliseconds:F0} ms (load not run).",
        });
        text.AppendLine();
        if (network.Brokers is { } brokers)
        {
            text.AppendLine("### Brokers of the whole network (sampled)");
            text.AppendLine();
            text.AppendLine(brokers.Failure is { } failure
                ? $"The first request failed after {brokers.ColdMilliseconds:F0} ms: `{failure}`. Budget: under 2 s."
                : $"Betweenness estimated from {brokers.Sampled?.ToString(CultureInfo.InvariantCulture) ?? "all (exact)"} sources. " +
                $"The first request, which computes the ranking (and the communities its `bridging` needs): {brokers.ColdMilliseconds:F0} ms; " +
                $"a request after it, which finds it remembered for the snapshot: {brokers.WarmMilliseconds:F0} ms (median of 3). Budget: under 2 s.");
            text.AppendLine();
        }
        if (network.ChangeDelays.Count > 0)
        {
            text.AppendLine("### A change seen on another instance");
            text.AppendLine();
            text.AppendLine("Two instances on the benchmark database: a partnership added through the first (with a curator key), then the second's " +
                "`path(maxHops: 1)` between its organisations asked every 20 ms until it finds the tie; from the first's answer to the second's. " +
                $"The second hears of the commit from PostgreSQL (LISTEN/NOTIFY), then reads the change log and makes its views again; it would otherwise poll every `Changes:PollInterval` (1 s). Delays: {string.Join(", ", network.ChangeDelays.Select(d => $"{d:F0} ms"))}; " +
                $"median {Report.Median(network.ChangeDelays):F0} ms, max {network.ChangeDelays.Max():F0} ms. Budget: within 1 s.");
            text.AppendLine();
        }
    }

    private static void WritePaths(StringBuilder text, NetworkResults network)
    {
        if (network.Paths.Count == 0) return;
        var paths = network.Paths;
        text.AppendLine($"### Q4: shortest path between {paths.Count} fixed pairs of organisations");
        text.AppendLine();
        text.AppendLine("NetworkGraph answers `path` from memory (bidirectional breadth-first search); PostgreSQL answers " +
            "[`database/shortest-path.sql`](../database/shortest-path.sql), the same search as a recursive query, over the anonymous caller's ties " +
            "([`database/network-read-model.sql`](../database/network-read-model.sql)), sent from the runner with Npgsql. Both at most 6 hops. " +
            "One request or query at a time, after one untimed pass over the pairs:");
        text.AppendLine();
        text.AppendLine("| | median ms | p99 ms |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine($"| NetworkGraph over HTTP | {Report.Median(paths.Select(p => p.HttpMilliseconds)):F2} | {P99(paths.Select(p => p.HttpMilliseconds)):F2} |");
        text.AppendLine($"| PostgreSQL, recursive query | {Report.Median(paths.Select(p => p.SqlMilliseconds)):F2} | {P99(paths.Select(p => p.SqlMilliseconds)):F2} |");
        text.AppendLine();
        if (network.PathLoad is { } load) text.AppendLine($"NetworkGraph under load (wrk, each request the next pair): {Throughput(load)}.");
        text.AppendLine();
        var agree = paths.Count(p => p.Hops == p.SqlHops);
        var byHops = paths.GroupBy(p => p.Hops).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => $"{(g.Key is { } hops ? $"{hops} hops" : "none within 6")}: {g.Count()}");
        text.AppendLine($"Hops agree for {(agree == paths.Count ? "all" : "**only**")} {agree} of {paths.Count} pairs. NetworkGraph's paths: {string.Join(", ", byHops)}.");
        text.AppendLine();
    }

    private static string Throughput(WrkResult load) =>
        $"{load.RequestsPerSecond:F0} requests/s, p50 {load.P50:F2} ms, p99 {load.P99:F2} ms, {load.Failed} failed";

    /// <summary>The 99th percentile by nearest rank.</summary>
    private static double P99(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(0.99 * sorted.Length) - 1];
    }

    /// <summary>
    /// The Median column of the path-search micro-benchmark's table (BenchmarkDotNet's GitHub Markdown), in milliseconds,
    /// each row named by its method and parameters: the cells before Mean.
    /// </summary>
    private static List<(string Name, double Milliseconds)> PathSearchMedians(IReadOnlyList<(string Title, string Markdown)> micro)
    {
        var table = micro.FirstOrDefault(m => m.Title.EndsWith("PathBenchmarks", StringComparison.Ordinal)).Markdown;
        if (table is null) return [];
        var rows = table.Split('\n').Where(line => line.StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => System.Net.WebUtility.HtmlDecode(cell.Replace("**", "").Trim())).ToArray())
            .ToList();
        var (mean, median) = (Array.IndexOf(rows[0], "Mean"), Array.IndexOf(rows[0], "Median"));
        return mean < 0 || median < 0 ? [] : [.. rows.Skip(2).Select(row => (string.Join(", ", row[..mean]).Replace("'", ""), Milliseconds(row[median])))];
    }

    private static double Milliseconds(string value)
    {
        var parts = value.Replace(",", "").Split(' ');
        var number = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] switch { "ns" => number / 1e6, "μs" or "us" => number / 1e3, "ms" => number, "s" => number * 1e3, _ => double.NaN };
    }
}
