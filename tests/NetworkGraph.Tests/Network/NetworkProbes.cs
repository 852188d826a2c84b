using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// A field of <c>network</c> as the network matrix asks it about a <see cref="NetworkScene"/>. Queries may read the
/// variables <c>$from</c> and <c>$to</c> (the scene's anchors) and, in <paramref name="Of"/>, <c>$subject</c>.
/// </summary>
/// <param name="Field">The field, as test cases name it.</param>
/// <param name="Around">A query about the anchors, whose answer takes in the subject (record or tie) when the caller may see it.</param>
/// <param name="Shows">
/// Reads the answer to <paramref name="Around"/>: true when it is exactly what a caller who may see the subject gets, false
/// when it is exactly what one who may not gets (<see cref="NetworkScene.Either"/>); anything else fails.
/// </param>
/// <param name="Of">
/// A query that names the subject record: a caller who may not see it gets byte for byte the answer about a record that
/// does not exist; one who may gets another.
/// </param>
public sealed record NetworkProbe(string Field, string Around, Func<GraphQLResponse, NetworkScene, bool> Shows, string Of)
{
    /// <summary>
    /// Whether the caller finds the scene's subject through the field (see <paramref name="Shows"/>); where the subject is
    /// a record, the answer about it is checked too: the same as about a missing record exactly when it is not found.
    /// </summary>
    public async Task<bool> ShowsAsync(GraphQLClient client, NetworkScene scene)
    {
        var shown = Shows(await AskAsync(client, Around, scene, subject: null), scene);
        if (scene.Record is not { } record) return shown;
        var about = (await AskAsync(client, Of, scene, record.GlobalId)).Body;
        var aboutMissing = (await AskAsync(client, Of, scene, record.Missing().GlobalId)).Body;
        if (shown) Assert.NotEqual(aboutMissing, about);
        else Assert.Equal(aboutMissing, about);
        return shown;
    }

    public override string ToString() => Field;

    private static async Task<GraphQLResponse> AskAsync(GraphQLClient client, string query, NetworkScene scene, string? subject) =>
        (await client.QueryAsync(query, new { from = scene.From, to = scene.To, subject })).AssertNoErrors();
}

/// <summary>The probes of the network matrix: one entry per field of <c>network</c>.</summary>
public static class NetworkProbes
{
    private const string Route = "hops nodes { id } ties { kind role edge { id } }";
    private const string Reach = "nodes { id } ties { kind role edge { id } } truncated";

    public static readonly IReadOnlyList<NetworkProbe> All =
    [
        new("path",
            $"query ($from: ID!, $to: ID!) {{ network {{ path(from: $from, to: $to, k: 2) {{ {Route} }} }} }}",
            (answer, scene) => scene.Either(Paths(answer, scene, "network.path"), seen: $"{scene.Through}; {scene.Detour}", hidden: scene.Detour),
            $"query ($from: ID!, $to: ID!, $subject: ID!) {{ network {{ towards: path(from: $from, to: $subject) {{ {Route} }} onwards: path(from: $subject, to: $to) {{ {Route} }} }} }}"),
        new("neighbourhood",
            $"query ($from: ID!) {{ network {{ neighbourhood(of: $from, depth: 2) {{ {Reach} }} }} }}",
            (answer, scene) => scene.Either(Neighbourhood(answer, scene, "network.neighbourhood"), seen: scene.Whole, hidden: scene.DetourStart(hops: 2)),
            $"query ($subject: ID!) {{ network {{ neighbourhood(of: $subject, depth: 2) {{ {Reach} }} }} }}"),
    ];

    public static NetworkProbe Named(string field) => All.Single(probe => probe.Field == field);

    /// <summary>The fields through which the caller finds the scene's subject (<see cref="NetworkProbe.ShowsAsync"/>).</summary>
    public static async Task<string[]> FindingAsync(GraphQLClient client, NetworkScene scene)
    {
        var finding = new List<string>();
        foreach (var probe in All)
            if (await probe.ShowsAsync(client, scene)) finding.Add(probe.Field);
        return [.. finding];
    }

    /// <summary>The paths of an answer, "from subject to | from~subject subject~to; …", each checked to take as many hops as it has ties.</summary>
    public static string Paths(GraphQLResponse answer, NetworkScene scene, string path) =>
        string.Join("; ", answer.Data<FoundPath[]>(path).Select(found => found.Hops == found.Ties.Length
            ? scene.Describe(found.Nodes.Select(node => node.Id), found.Ties.Select(tie => tie.Edge.Id))
            : throw answer.Failure($"A path of {found.Ties.Length} ties says it takes {found.Hops} hops.")));

    /// <summary>A neighbourhood's records and ties, sorted; "(truncated)" after them when it says it is.</summary>
    public static string Neighbourhood(GraphQLResponse answer, NetworkScene scene, string path) =>
        scene.Describe(answer.Data<Identified[]>($"{path}.nodes").Select(node => node.Id), answer.Data<FoundTie[]>($"{path}.ties").Select(tie => tie.Edge.Id), sorted: true)
        + (answer.Data<bool>($"{path}.truncated") ? " (truncated)" : "");

    public sealed record FoundTie(string Kind, string? Role, Identified Edge);

    public sealed record FoundPath(int Hops, Identified[] Nodes, FoundTie[] Ties);
}
