using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>How to start one of the compared servers, and the documents it answers the benchmark queries with.</summary>
public sealed record ServerKind(
    string Name,
    string Role,
    string Program,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    int Port,
    string ReadyPath,
    IReadOnlyDictionary<string, string> Queries)
{
    public string Url => $"http://127.0.0.1:{Port}";
    public string GraphQLUrl => $"{Url}/graphql";
}

/// <summary>A started server process: its output goes to a log file; stopped with SIGTERM, then killed.</summary>
public sealed class Server : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Process process;

    private Server(ServerKind kind, Process process, DateTime started, string logFile)
    {
        Kind = kind;
        this.process = process;
        Started = started;
        LogFile = logFile;
    }

    public ServerKind Kind { get; }
    public DateTime Started { get; }

    /// <summary>The file its output is appended to.</summary>
    public string LogFile { get; }
    public int Pid => process.Id;
    public bool HasExited => process.HasExited;

    public static Server Start(ServerKind kind, string logFile)
    {
        // The shell only redirects the output and then becomes the server (exec), so the PID is the server's own.
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = kind.WorkingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$NETWORKGRAPH_BENCH_LOG\" 2>&1");
        start.ArgumentList.Add(kind.Program);
        foreach (var argument in kind.Arguments) start.ArgumentList.Add(argument);
        start.Environment["NETWORKGRAPH_BENCH_LOG"] = logFile;
        foreach (var (name, value) in kind.Environment) start.Environment[name] = value;
        var started = DateTime.UtcNow;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{kind.Name} did not start.");
        return new Server(kind, process, started, logFile);
    }

    /// <summary>Polls the readiness address every 20 ms; the time from the start of the process until it answers 200.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan limit)
    {
        var deadline = Started + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Kind.Name} exited with code {process.ExitCode} while starting.");
            try
            {
                using var response = Kind.ReadyPath == "/graphql"
                    ? await Http.PostAsync(Kind.GraphQLUrl, Json("{ __typename }"))
                    : await Http.GetAsync(Kind.Url + Kind.ReadyPath);
                if (response.IsSuccessStatusCode) return DateTime.UtcNow - Started;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"{Kind.Name} was not ready after {limit.TotalSeconds:F0} s.");
    }

    /// <summary>Sends a document once; the body, after checking that it answered 200 without errors.</summary>
    public async Task<string> QueryAsync(string document, object? variables = null, string? apiKey = null)
    {
        var (status, body) = await PostAsync(document, variables, apiKey);
        if (status != 200 || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"{Kind.Name} answered {status}: {body[..Math.Min(body.Length, 500)]}");
        return body;
    }

    /// <summary>Sends a document once: the status and body, whatever they are.</summary>
    public async Task<(int Status, string Body)> PostAsync(string document, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Kind.GraphQLUrl) { Content = Json(document, variables) };
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static StringContent Json(string document, object? variables = null)
    {
        var request = new Dictionary<string, object> { ["query"] = document };
        if (variables is not null) request["variables"] = variables;
        var content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public double CpuMilliseconds => Proc.CpuMilliseconds(Pid);
    public (double Resident, double Peak) MemoryMiB => Proc.MemoryMiB(Pid);

    public async ValueTask DisposeAsync()
    {
        if (process.HasExited) return;
        Proc.Terminate(Pid);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
