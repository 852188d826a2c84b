using NetworkGraph.Tests.Access;
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
/// does not exist; one who may gets another. Null for a field that names no record: there <paramref name="Around"/> compares
/// the answer with that of the scene without its subject.
/// </param>
/// <param name="TypesTakenIn">
/// The types of subject the field takes in (<see cref="NetworkScene.EdgeType"/> for the edge), every type unless given: for
/// another, whoever asks gets what those who may not see the subject get.
/// </param>
/// <param name="TypesNamed">The types of record <paramref name="Of"/> may name, every type unless given.</param>
public sealed record NetworkProbe(string Field, string Around, Func<GraphQLResponse, NetworkScene, bool> Shows, string? Of,
    string[]? TypesTakenIn = null, string[]? TypesNamed = null)
{
    public bool TakesIn(string type) => TypesTakenIn?.Contains(type) ?? true;

    /// <summary>
    /// Whether the caller finds the scene's subject through the field (see <paramref name="Shows"/>); where the subject is
    /// a record, the answer about it is checked too: the same as about a missing record exactly when it is not found.
    /// </summary>
    public async Task<bool> ShowsAsync(GraphQLClient client, NetworkScene scene)
    {
        var shown = Shows(await AskAsync(client, Around, scene, subject: null), scene) && TakesIn(scene.Type);
        if (scene.Record is not { } record || Of is null || !(TypesNamed?.Contains(record.Type) ?? true)) return shown;
        var about = (await AskAsync(client, Of, scene, record.GlobalId)).Body;
        var aboutMissing = (await AskAsync(client, Of, scene, record.Missing().GlobalId)).Body;
        if (shown) Assert.NotEqual(aboutMissing, about);
        else Assert.Equal(aboutMissing, about);
        return shown;
    }

    public override string ToString() => Field;

    private static async Task<GraphQLResponse> AskAsync(GraphQLClient client, string query, NetworkScene scene, string? subject) =>
        (await client.QueryAsync(query, new { from = scene.From, to = scene.To, subject, country = scene.Country })).AssertNoErrors();
}

/// <summary>The probes of the network matrix: one entry per field of <c>network</c>.</summary>
public static class NetworkProbes
{
    private const string Route = "hops nodes { id } ties { kind role edge { id } }";
    private const string Reach = "nodes { id } ties { kind role edge { id } } truncated";
    private const string Suggested = "organisation { id } score reasons { kind weight detail evidence { id } }";
    private const string OfCountry = "query ($country: String!)";

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
        new("suggestedAlliances",
            $"query ($from: ID!) {{ network {{ suggestedAlliances(for: $from, first: 50) {{ {Suggested} }} }} }}",
            (answer, scene) => scene.Either(Suggestions(answer, scene, "network.suggestedAlliances"), seen: SuggestedWithSubject(scene), hidden: "detour2 (detour1); to ()"),
            $"query ($subject: ID!) {{ network {{ suggestedAlliances(for: $subject, first: 50) {{ {Suggested} }} }} }}",
            TypesNamed: ["Organisation"]),
        new("crossBorderAlliances",
            "{ network { crossBorderAlliances { cells { from { code } to { code } coalitions partnerships examples(first: 10) { id } } } } }",
            (answer, scene) => scene.Either(CrossBorderCell(answer, scene), seen: CellWithSubject(scene), hidden: CellWithoutSubject),
            Of: null, TypesTakenIn: ["Organisation", "Coalition", NetworkScene.EdgeType]),
        new("brokers",
            $"{OfCountry} {{ network {{ brokers(where: {{ country: $country }}) {{ nodes(first: 10) {{ node {{ id }} degree }} }} }} }}",
            (answer, scene) => scene.Either(scene.DescribeDegrees(answer.Data<FoundBroker[]>("network.brokers.nodes").Select(broker => (broker.Node.Id, broker.Degree))),
                seen: scene.Degrees(whole: true), hidden: scene.Degrees(whole: false)),
            Of: null),
        new("communities",
            $"{OfCountry} {{ network {{ communities(where: {{ country: $country }}) {{ communities(first: 10) {{ members(first: 10) {{ nodes {{ id }} }} }} }} }} }}",
            (answer, scene) => scene.Either(scene.DescribeRecords(answer.Data<FoundCommunity[]>("network.communities.communities")
                .SelectMany(community => community.Members.Nodes).Select(member => member.Id)), seen: scene.Labels(whole: true), hidden: scene.Labels(whole: false)),
            // Communities are sets of records: a tie between two of them moves them between communities, in no way a scene can foretell.
            Of: null, TypesTakenIn: MatrixSubjects.TypesOf(Subject.Public)),
        new("stats",
            $"{OfCountry} {{ network {{ stats(where: {{ country: $country }}) {{ nodes ties }} }} }}",
            (answer, scene) => scene.Either(NetworkScene.DescribeSize(answer.Data<int>("network.stats.nodes"), answer.Data<int>("network.stats.ties")),
                seen: scene.Size(whole: true), hidden: scene.Size(whole: false)),
            Of: null),
    ];

    /// <summary>The suggestions for "from" when the caller sees the subject: "to" is a member of the same coalition, a partner, or reached through the subject.</summary>
    private static string SuggestedWithSubject(NetworkScene scene) => scene.Type switch
    {
        "Coalition" => "detour2 (detour1)",
        NetworkScene.EdgeType => "detour2 (detour1 to)",
        _ => "detour2 (detour1); to (subject)",
    };

    /// <summary>
    /// The cell of the scene's two countries when the caller sees the subject: "to" operates in the second, so that each
    /// partnership with it, and a coalition of which it is a member, crosses the border. A defender's affiliations count in no cell.
    /// </summary>
    private static string CellWithSubject(NetworkScene scene) => scene.Type switch
    {
        "Coalition" => "1 coalitions, 1 partnerships: detour2~to subject",
        "Organisation" => "0 coalitions, 2 partnerships: detour2~to subject~to",
        NetworkScene.EdgeType => "0 coalitions, 2 partnerships: detour2~to from~to",
        _ => CellWithoutSubject,
    };

    private const string CellWithoutSubject = "0 coalitions, 1 partnerships: detour2~to";

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

    /// <summary>Each suggestion as "label (labels of its evidence)", sorted.</summary>
    public static string Suggestions(GraphQLResponse answer, NetworkScene scene, string path) =>
        string.Join("; ", answer.Data<FoundSuggestion[]>(path)
            .Select(suggestion => $"{scene.Label(suggestion.Organisation.Id)} ({scene.DescribeRecords(suggestion.Reasons.SelectMany(reason => reason.Evidence).Select(evidence => evidence.Id))})")
            .Order(StringComparer.Ordinal));

    /// <summary>The cell of the scene's two countries, "1 coalitions, 1 partnerships: labels of the examples".</summary>
    public static string CrossBorderCell(GraphQLResponse answer, NetworkScene scene)
    {
        string[] countries = [scene.Country, scene.SecondCountry];
        var cell = answer.Data<FoundCell[]>("network.crossBorderAlliances.cells")
            .SingleOrDefault(cell => countries.Contains(cell.From.Code) && countries.Contains(cell.To.Code));
        return cell is null ? "no cell"
            : $"{cell.Coalitions} coalitions, {cell.Partnerships} partnerships: {scene.DescribeRecords(cell.Examples.Select(example => example.Id))}";
    }

    public sealed record FoundTie(string Kind, string? Role, Identified Edge);

    public sealed record FoundReason(Identified[] Evidence);

    public sealed record FoundSuggestion(Identified Organisation, FoundReason[] Reasons);

    public sealed record FoundCell(Coded From, Coded To, int Coalitions, int Partnerships, Identified[] Examples);

    public sealed record FoundBroker(Identified Node, int Degree);

    public sealed record FoundMembers(Identified[] Nodes);

    public sealed record FoundCommunity(FoundMembers Members);

    public sealed record FoundPath(int Hops, Identified[] Nodes, FoundTie[] Ties);
}
