using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>Questions to NetworkGraph's network engine that the runner asks along the way, and how it reads the answers.</summary>
public static class NetworkAnswers
{
    private const string AsOf = "{ network { asOf } }";
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The time from the server's start until it answers a network question: the first waits for the engine to build
    /// the network, and is asked again when a timeout (the service's or the runner's) ends it first.
    /// </summary>
    public static async Task<TimeSpan> BuiltAsync(Server server)
    {
        while (true)
        {
            try
            {
                await server.QueryAsync(AsOf);
                return DateTime.UtcNow - server.Started;
            }
            catch (Exception timeout) when (timeout is InvalidOperationException or TaskCanceledException && DateTime.UtcNow - server.Started < BuildLimit)
            {
            }
        }
    }

    /// <summary>The hops of the first path in an answer to <c>network { path { hops } }</c>; null when it found none.</summary>
    public static int? Hops(string body)
    {
        using var document = JsonDocument.Parse(body);
        var paths = document.RootElement.GetProperty("data").GetProperty("network").GetProperty("path");
        return paths.GetArrayLength() == 0 ? null : paths[0].GetProperty("hops").GetInt32();
    }
}
