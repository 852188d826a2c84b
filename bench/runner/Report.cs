using System.Text;

namespace NetworkGraph.Bench.Runner;

/// <summary>Writes the Markdown report of a run: budgets first, then every figure they rest on.</summary>
public static class Report
{
    private const double StartupBudgetSeconds = 10;
    private const double MemoryBudgetMiB = 1024;

    public static string Write(Results results, IReadOnlyList<(string Title, string Markdown)> micro)
    {
        var o = results.Options;
        var e = results.Environment;
        var text = new StringBuilder();
        text.AppendLine($"# Benchmarks, {results.StartedAt:yyyy-MM-dd}");
        text.AppendLine();
        text.AppendLine($"Written by `bench/run.sh` ({results.StartedAt:HH:mm}–{results.FinishedAt:HH:mm} UTC). How to read it: [bench/README.md](../README.md).");
        text.AppendLine();
        if (e is not null)
        {
            text.AppendLine("## Conditions");
            text.AppendLine();
            text.AppendLine($"- Machine: {e.Machine}. wrk, the three servers and PostgreSQL share these cores; load average {e.LoadBefore} before the run, {e.LoadAfter} after.");
            if (o.Notes is { Length: > 0 } notes) text.AppendLine($"- {notes}");
            text.AppendLine($"- NetworkGraph at `{e.Commit}`, built in Release; .NET SDK {e.DotNet}; Node.js {e.Node} with {e.PostGraphile}; {e.Wrk}.");
            text.AppendLine($"- PostgreSQL {e.PostgreSql}, a cluster of the benchmark's own (pg_stat_statements loaded, TLS off, shared_buffers 512 MB, otherwise Debian's defaults); " +
                "each server connects with its own login role and its default pool.");
            text.AppendLine($"- Data (database `networkgraph_bench`): {string.Join(", ", e.Data.Select(d => $"{d.Rows:N0} {d.Table}"))}; " +
                $"{e.Data.Where(d => d.Table is "Partnerships" or "Memberships" or "GoalSupports" or "Affiliations").Sum(d => d.Rows):N0} edges in all.");
            text.AppendLine($"- Load: wrk with {o.Threads} thread(s) and {o.Connections} connections; per query each server gets a {o.Warmup} s warm-up and then a {o.Duration} s measured run; " +
                $"{o.Rounds} round(s), the order of the servers turning each round. Figures are medians over the rounds.");
            text.AppendLine();
        }

        WriteBudgets(text, results, micro);
        if (results.Measurements.Count > 0) WriteLoad(text, results);
        WriteStatements(text, results);
        WriteAnswers(text, results);
        NetworkReport.Write(text, results);
        WriteStartup(text, results);
        WriteMicro(text, micro);
        if (results.Measurements.Count > 0) WriteRounds(text, results);

        return text.ToString();
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static IEnumerable<Measurement> Of(Results results, string query, string server) =>
        results.Measurements.Where(m => m.Query == query && m.Server == server);

    private static double Throughput(Results results, string query, string server) =>
        Median(Of(results, query, server).Select(m => m.Wrk.RequestsPerSecond));

    internal static string Verdict(bool? met) => met switch { true => "**met**", false => "**missed**", null => "not measured" };

    private static void WriteBudgets(StringBuilder text, Results results, IReadOnlyList<(string Title, string Markdown)> micro)
    {
        text.AppendLine("## Budgets (bench/README.md)");
        text.AppendLine();
        text.AppendLine("| budget | measured | verdict |");
        text.AppendLine("|---|---|---|");

        if (results.Measurements.Count > 0)
        {
            var ours = Throughput(results, "Q2", ServerKinds.NetworkGraph);
            var postGraphile = Throughput(results, "Q2", ServerKinds.PostGraphile);
            var handwritten = Throughput(results, "Q2", ServerKinds.Handwritten);
            text.AppendLine($"| Q2 (three levels) serves at least 2× the requests/s of PostGraphile | {ours:F0} vs {postGraphile:F0} requests/s: {ours / postGraphile:F2}× | {Verdict(ours >= 2 * postGraphile)} |");
            text.AppendLine($"| Q2 serves at least 0.9× a hand-written endpoint with the same SQL | {ours:F0} vs {handwritten:F0} requests/s: {ours / handwritten:F2}× | {Verdict(ours >= 0.9 * handwritten)} |");
        }
        else
        {
            text.AppendLine("| Q2 against PostGraphile and the hand-written endpoint | load not run (`--no-load`) | not measured |");
        }

        if (results.DepthProbes.Count > 0)
        {
            var byDepth = results.DepthProbes.GroupBy(p => p.Depth).ToList();
            var steady = byDepth.All(g => g.Max(p => p.Statements) - g.Min(p => p.Statements) < 0.05);
            var growing = byDepth.Zip(byDepth.Skip(1)).All(pair => pair.Second.Min(p => p.Statements) > pair.First.Max(p => p.Statements));
            var measured = string.Join("; ", byDepth.Select(g =>
                $"depth {g.Key}: " + string.Join(", ", g.Select(p => $"{p.Statements:0.##} for {p.Records} records"))));
            text.AppendLine($"| SQL statements per request grow with the depth of the query, not with the number of rows | {measured} | {Verdict(steady && growing)} |");
        }

        if (results.Startups.Count > 0)
        {
            var ready = Median(results.Startups.Select(s => s.ReadySeconds));
            text.AppendLine($"| 100k organisations with 1M edges: start-up under 10 s | /health/ready after {ready:F2} s (median of {results.Startups.Count}); " +
                $"first Q2 answered after {Median(results.Startups.Select(s => s.FirstAnswerSeconds)):F2} s | {Verdict(ready < StartupBudgetSeconds)} |");
            var peak = results.Startups.Select(s => Math.Max(s.PeakWithNetworkMiB, s.ResidentAfterFirstMiB))
                .Concat(results.FinalMemory.TryGetValue(ServerKinds.NetworkGraph, out var final) ? [final.Peak] : [])
                .Max();
            text.AppendLine($"| 100k organisations with 1M edges: resident memory under 1 GB | {Median(results.Startups.Select(s => s.ResidentAtReadyMiB)):F0} MiB when ready; " +
                $"peak {peak:F0} MiB{(results.Measurements.Count > 0 ? " (after the load)" : "")} | {Verdict(peak < MemoryBudgetMiB)} |");
        }
        NetworkReport.WriteBudgets(text, results, micro);
        text.AppendLine();
    }

    private static void WriteLoad(StringBuilder text, Results results)
    {
        text.AppendLine("## Throughput, latency and cost per request");
        text.AppendLine();
        text.AppendLine("Medians over the rounds. CPU is user + system time from `/proc/<pid>/stat` during the measured run divided by the requests answered: " +
            "of the server process, and of PostgreSQL (the postmaster with all its backends). Statements per request are counted by `pg_stat_statements` " +
            "in the measured run; `DISCARD ALL` (Npgsql resetting a pooled connection, sent in the same round trip as the next statement) is counted apart. " +
            "\"Other load\" is the CPU the rest of the machine used meanwhile, in cores: the noise of the measurement.");
        text.AppendLine();
        foreach (var query in results.Queries)
        {
            text.AppendLine($"### {query.Id}: {query.Title}");
            text.AppendLine();
            text.AppendLine("| server | requests/s | p50 ms | p99 ms | server CPU ms/request | PostgreSQL CPU ms/request | statements/request (+ DISCARD ALL) | PostgreSQL execution ms/request | resident MiB | failed | other load |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var server in results.Servers)
            {
                var runs = Of(results, query.Id, server).ToList();
                if (runs.Count == 0) continue;
                text.AppendLine($"| {server} | {Median(runs.Select(m => m.Wrk.RequestsPerSecond)):F0} | {Median(runs.Select(m => m.Wrk.P50)):F2} | {Median(runs.Select(m => m.Wrk.P99)):F2} " +
                    $"| {Median(runs.Select(m => m.ServerCpuMsPerRequest)):F3} | {Median(runs.Select(m => m.DatabaseCpuMsPerRequest)):F3} " +
                    $"| {Median(runs.Select(m => m.Statements.PerRequest)):0.##} (+ {Median(runs.Select(m => m.Statements.ResetsPerRequest)):0.##}) " +
                    $"| {Median(runs.Select(m => m.Statements.ExecutionMillisecondsPerRequest)):F3} | {runs.Max(m => m.ResidentMiB):F0} " +
                    $"| {runs.Sum(m => m.Wrk.Failed + m.Wrk.SocketErrors)} | {Median(runs.Select(m => m.OtherCores)):F2} |");
            }
            text.AppendLine();
        }

        text.AppendLine("### Ratios (requests/s)");
        text.AppendLine();
        text.AppendLine("| query | NetworkGraph / PostGraphile | NetworkGraph / hand-written |");
        text.AppendLine("|---|---:|---:|");
        foreach (var query in results.Queries)
        {
            var ours = Throughput(results, query.Id, ServerKinds.NetworkGraph);
            text.AppendLine($"| {query.Id} | {ours / Throughput(results, query.Id, ServerKinds.PostGraphile):F2} | {ours / Throughput(results, query.Id, ServerKinds.Handwritten):F2} |");
        }
        text.AppendLine();
        if (results.FinalMemory.Count > 0)
        {
            text.AppendLine("Resident memory at the end of the run (peak): " +
                string.Join(", ", results.FinalMemory.Select(m => $"{m.Key} {m.Value.Resident:F0} MiB ({m.Value.Peak:F0} MiB)")) + ".");
            text.AppendLine();
        }
    }

    private static void WriteStatements(StringBuilder text, Results results)
    {
        if (results.Probes.Count == 0) return;
        text.AppendLine("## SQL per request");
        text.AppendLine();
        text.AppendLine("Twenty requests one after another per server and query, counted by `pg_stat_statements` (execution time is the database's own, planning not included).");
        text.AppendLine();
        text.AppendLine("| query | server | statements/request | DISCARD ALL/request | PostgreSQL execution ms/request |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var probe in results.Probes)
            text.AppendLine($"| {probe.Query} | {probe.Server} | {probe.Statements.PerRequest:0.##} | {probe.Statements.ResetsPerRequest:0.##} | {probe.Statements.ExecutionMillisecondsPerRequest:F3} |");
        text.AppendLine();

        foreach (var server in new[] { ServerKinds.NetworkGraph, ServerKinds.PostGraphile })
        {
            text.AppendLine($"{server}'s statements (calls per request, mean execution ms):");
            text.AppendLine();
            foreach (var probe in results.Probes.Where(p => p.Server == server))
            {
                foreach (var statement in probe.Statements.Statements.Where(s => !s.IsReset))
                    text.AppendLine($"- {probe.Query}: {statement.Calls / (double)probe.Statements.Requests:0.##} × {statement.TotalMilliseconds / statement.Calls:F3} ms — `{statement.Summary()}`");
            }
            text.AppendLine();
        }

        if (results.DepthProbes.Count > 0)
        {
            text.AppendLine("NetworkGraph, one list per level with small and large pages (organisations → coalitions → members is depth 3):");
            text.AppendLine();
            text.AppendLine("| depth | page | records in the answer | statements/request | DISCARD ALL/request |");
            text.AppendLine("|---:|---:|---:|---:|---:|");
            foreach (var probe in results.DepthProbes)
                text.AppendLine($"| {probe.Depth} | {probe.Page} | {probe.Records} | {probe.Statements:0.##} | {probe.Resets:0.##} |");
            text.AppendLine();
        }
    }

    private static void WriteAnswers(StringBuilder text, Results results)
    {
        if (results.Equivalences.Count == 0) return;
        text.AppendLine("## Same question, same answer");
        text.AppendLine();
        text.AppendLine("PostGraphile's answers hold the same values in the same order as NetworkGraph's (field names and enum spelling aside); " +
            "the hand-written endpoint's must be byte for byte NetworkGraph's and send statements with the same `pg_stat_statements` query ids.");
        text.AppendLine();
        text.AppendLine("| query | server | same data | same bytes | same SQL statements |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var e in results.Equivalences)
            text.AppendLine($"| {e.Query} | {e.Server} | {YesNo(e.SameData)} | {(e.SameBytes is { } bytes ? YesNo(bytes) : "—")} | {(e.SameStatements is { } same ? YesNo(same) : "—")} |");
        text.AppendLine();
    }

    private static string YesNo(bool value) => value ? "yes" : "**no**";

    private static void WriteStartup(StringBuilder text, Results results)
    {
        if (results.Startups.Count == 0) return;
        text.AppendLine("## Start-up on the large network");
        text.AppendLine();
        text.AppendLine("From starting the process until `/health/ready` answers 200 (polled every 20 ms); then, asked side by side, until `{ network { asOf } }` is answered " +
            "(the first network request waits for the engine to build the network) and until the first Q2 is answered.");
        text.AppendLine();
        text.AppendLine("| run | ready s | network answered s | first Q2 answered s | resident MiB when ready | resident MiB with the network (peak) | resident MiB after the first Q2 |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in results.Startups)
            text.AppendLine($"| {s.Run} | {s.ReadySeconds:F2} | {s.NetworkSeconds:F2} | {s.FirstAnswerSeconds:F2} | {s.ResidentAtReadyMiB:F0} " +
                $"| {s.ResidentWithNetworkMiB:F0} ({s.PeakWithNetworkMiB:F0}) | {s.ResidentAfterFirstMiB:F0} |");
        text.AppendLine();
        if (results.PeerStartups.Count > 0)
        {
            text.AppendLine("For comparison: " + string.Join("; ", results.PeerStartups.Select(p => $"{p.Server} ready after {p.ReadySeconds:F2} s with {p.ResidentMiB:F0} MiB")) + ".");
            text.AppendLine();
        }
    }

    private static void WriteMicro(StringBuilder text, IReadOnlyList<(string Title, string Markdown)> micro)
    {
        if (micro.Count == 0) return;
        text.AppendLine("## Micro-benchmarks (BenchmarkDotNet, short runs in process, with allocations)");
        text.AppendLine();
        foreach (var (title, markdown) in micro)
        {
            text.AppendLine($"### {title}");
            text.AppendLine();
            text.AppendLine(markdown.Trim());
            text.AppendLine();
        }
    }

    private static void WriteRounds(StringBuilder text, Results results)
    {
        text.AppendLine("## Every measured run");
        text.AppendLine();
        text.AppendLine("| round | query | server | requests | requests/s | p50 ms | p99 ms | server CPU ms/request | PostgreSQL CPU ms/request | statements/request | other load |");
        text.AppendLine("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results.Measurements)
            text.AppendLine($"| {m.Round} | {m.Query} | {m.Server} | {m.Wrk.Requests} | {m.Wrk.RequestsPerSecond:F0} | {m.Wrk.P50:F2} | {m.Wrk.P99:F2} " +
                $"| {m.ServerCpuMsPerRequest:F3} | {m.DatabaseCpuMsPerRequest:F3} | {m.Statements.PerRequest:0.##} | {m.OtherCores:F2} |");
        text.AppendLine();
    }
}
