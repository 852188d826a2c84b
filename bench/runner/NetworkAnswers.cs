using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>Questions to NetworkGraph's network engine that the runner asks along the way, and how it reads the answers.</summary>
public static class NetworkAnswers
{
    /// <summary>Answered once the engine has built the network: the first request waits for it.</summary>
    public const string AsOf = "{ network { asOf } }";

    /// <summary>The hops of the first path in an answer to <c>network { path { hops } }</c>; null when it found none.</summary>
    public static int? Hops(string body)
    {
        using var document = JsonDocument.Parse(body);
        var paths = document.RootElement.GetProperty("data").GetProperty("network").GetProperty("path");
        return paths.GetArrayLength() == 0 ? null : paths[0].GetProperty("hops").GetInt32();
    }
}
