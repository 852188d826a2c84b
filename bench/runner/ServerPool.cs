namespace NetworkGraph.Bench.Runner;

/// <summary>The servers the runner started and has not stopped yet, each logging to a file of its own.</summary>
public sealed class ServerPool(string logs)
{
    private readonly List<Server> running = [];

    public Server Start(ServerKind kind, string? logName = null)
    {
        var server = Server.Start(kind, Path.Combine(logs, $"{(logName ?? kind.Name).Replace(' ', '-')}.log"));
        running.Add(server);
        return server;
    }

    public async Task StopAsync(Server server)
    {
        await server.DisposeAsync();
        running.Remove(server);
    }

    public async Task StopAllAsync()
    {
        foreach (var server in running.ToList()) await StopAsync(server);
    }

    /// <summary>Signals whatever is still running to stop, without waiting: when the run is interrupted.</summary>
    public void Interrupt()
    {
        foreach (var server in running.ToList())
            if (!server.HasExited) Proc.Terminate(server.Pid);
    }
}
