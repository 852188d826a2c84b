using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NetworkGraph.Bench.Runner;

/// <summary>A curator's API key, made with the service's own <c>keys create</c> command and revoked with <c>keys revoke</c>.</summary>
public sealed partial record CuratorKey(string Prefix, string Key)
{
    public static async Task<CuratorKey> CreateAsync(ServerKind networkGraph)
    {
        var output = await RunAsync(networkGraph, "keys", "create", "--role", "curator", "--name", "bench: a change seen on another instance");
        var prefix = Created().Match(output);
        var key = output.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("ng_", StringComparison.Ordinal));
        return prefix.Success && key is not null ? new CuratorKey(prefix.Groups[1].Value, key)
            : throw new InvalidOperationException($"keys create printed no key: {output}");
    }

    public Task RevokeAsync(ServerKind networkGraph) => RunAsync(networkGraph, "keys", "revoke", Prefix);

    /// <summary>Runs a command of the service (instead of its web server) as the server kind would start it.</summary>
    private static async Task<string> RunAsync(ServerKind networkGraph, params string[] command)
    {
        var start = new ProcessStartInfo(networkGraph.Program)
        {
            WorkingDirectory = networkGraph.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in networkGraph.Arguments.Take(1).Concat(command)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in networkGraph.Environment) start.Environment[name] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("NetworkGraph did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{string.Join(' ', command)}' failed ({process.ExitCode}): {await errors}{await output}");
        return await output;
    }

    [GeneratedRegex(@"Created the curator key (\S+) for")]
    private static partial Regex Created();
}
