using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NetworkGraph.Bench.Runner;

public sealed record WrkResult(long Requests, double Seconds, double RequestsPerSecond, double P50, double P99, long Failed, long SocketErrors);

/// <summary>Runs wrk with bench/load/post-query.lua and reads the summary that script prints.</summary>
public static partial class Wrk
{
    /// <param name="variablesFile">One JSON object of variables a line, taken in turn by the requests; none unless given.</param>
    public static async Task<WrkResult> RunAsync(string script, string queryFile, string url, int threads, int connections, int seconds,
        string? variablesFile = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", script, url })
            start.ArgumentList.Add(argument);
        start.Environment["QUERY_FILE"] = queryFile;
        if (variablesFile is not null) start.Environment["VARIABLES_FILE"] = variablesFile;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await errors}{text}");

        var requests = Requests().Match(text);
        var latency = Latency().Match(text);
        if (!requests.Success || !latency.Success) throw new InvalidOperationException($"wrk printed no summary: {text}");
        var count = long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture);
        var duration = double.Parse(requests.Groups[2].Value, CultureInfo.InvariantCulture);
        return new WrkResult(count, duration, count / duration,
            double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(latency.Groups[2].Value, CultureInfo.InvariantCulture),
            long.Parse(Failed().Match(text).Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(SocketErrors().Match(text).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"requests: (\d+) in ([\d.]+) s")]
    private static partial Regex Requests();

    [GeneratedRegex(@"latency p50: ([\d.]+) ms, p99: ([\d.]+) ms")]
    private static partial Regex Latency();

    [GeneratedRegex(@"non-200 or errors: (\d+)")]
    private static partial Regex Failed();

    [GeneratedRegex(@"socket errors: (\d+)")]
    private static partial Regex SocketErrors();
}
