using System.Text;
using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>Two organisations an anonymous caller sees, by their database ids.</summary>
public sealed record PathPair(Guid From, Guid To)
{
    /// <summary>The variables of bench/queries/networkgraph/q4-path.graphql: the organisations' GraphQL IDs.</summary>
    public Dictionary<string, string> Variables => new() { ["from"] = OrganisationId(From), ["to"] = OrganisationId(To) };

    /// <summary>NetworkGraph's global ID of an organisation: base64 of "Organisation:" and the id without hyphens.</summary>
    public static string OrganisationId(Guid id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Organisation:{id:N}"));
}

/// <summary>The fixed pairs of Q4: drawn with a fixed seed from the visible organisations in id order, so every run asks the same.</summary>
public static class PathPairs
{
    public const int Count = 200;
    private const int Seed = 4;

    public static IReadOnlyList<PathPair> Pick(IReadOnlyList<Guid> organisations)
    {
        var random = new Random(Seed);
        var pairs = new List<PathPair>(Count);
        while (pairs.Count < Count)
        {
            var (from, to) = (random.Next(organisations.Count), random.Next(organisations.Count));
            if (from != to) pairs.Add(new PathPair(organisations[from], organisations[to]));
        }
        return pairs;
    }

    /// <summary>Writes the pairs' variables for bench/load/post-query.lua: one JSON object a line.</summary>
    public static async Task<string> WriteVariablesAsync(IEnumerable<PathPair> pairs, string file)
    {
        await File.WriteAllLinesAsync(file, pairs.Select(pair => JsonSerializer.Serialize(pair.Variables)));
        return file;
    }
}
