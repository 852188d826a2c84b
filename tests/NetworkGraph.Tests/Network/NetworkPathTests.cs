using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// <c>network { path neighbourhood }</c> on a small network, as each audience sees it:
/// Ostrava Watch — Danube Alliance — Bratislava Forum — Brno Partner (a partnership), and Brno Partner — Hidden Link —
/// Ostrava Watch, where Hidden Link is visible to staff only.
/// </summary>
public sealed class NetworkPathTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Organisation Watch = Organisation("Ostrava Watch"), Forum = Organisation("Bratislava Forum"),
        Brno = Organisation("Brno Partner"), Hidden = Organisation("Hidden Link", visibility: Visibility.Staff), Alone = Organisation("Alone Here");
    private static readonly Coalition Alliance = Coalition("Danube Alliance");

    public static TheoryData<DatabaseProvider> Providers => AppFixture.Providers;

    // The records and the ties are saved apart: the records are shared by the providers' apps, and a context that
    // tracked both would fill the records' collections with the ties of the first app.
    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, async app =>
    {
        await app.SeedAsync(db => db.AddRange(Watch, Forum, Brno, Hidden, Alone, Alliance));
        await app.SeedAsync(db => db.AddRange(
            Member(Alliance, Watch), Member(Alliance, Forum), Partners(Forum, Brno), Partners(Brno, Hidden), Partners(Hidden, Watch)));
    });

    private static string Id(Organisation organisation) => GlobalId.Encode("Organisation", organisation.Id.ToString("N"));

    private const string PathQuery = """
        query ($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $via: [TieKind!]) {
          network { asOf path(from: $from, to: $to, k: $k, maxHops: $maxHops, via: $via) { hops nodes { id } ties { kind role edge { id } } } }
        }
        """;

    private sealed record PathNode(string Id);
    private sealed record PathTie(string Kind, string? Role);
    private sealed record FoundPath(int Hops, PathNode[] Nodes, PathTie[] Ties);

    private static async Task<FoundPath[]> PathsAsync(GraphQLClient client, Organisation from, Organisation to, int k = 1, int maxHops = 6, string[]? via = null) =>
        (await client.QueryAsync(PathQuery, new { from = Id(from), to = Id(to), k, maxHops, via })).AssertNoErrors().Data<FoundPath[]>("network.path");

    [Theory, MemberData(nameof(Providers))]
    public async Task The_shortest_path_goes_through_the_coalition_and_a_partnership(DatabaseProvider provider)
    {
        var app = await App(provider);
        var path = Assert.Single(await PathsAsync(app.AnonymousClient(), Watch, Brno));
        Assert.Equal(3, path.Hops);
        Assert.Equal([Id(Watch), GlobalId.Encode("Coalition", Alliance.Id.ToString("N")), Id(Forum), Id(Brno)], path.Nodes.Select(node => node.Id));
        Assert.Equal([new PathTie("MEMBERSHIP", "MEMBER"), new PathTie("MEMBERSHIP", "MEMBER"), new PathTie("PARTNERSHIP", "PARTNER")], path.Ties);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_tie_on_the_path_carries_its_role_and_dates(DatabaseProvider provider)
    {
        var app = await App(provider);
        var (east, west) = (Organisation($"East {Guid.NewGuid():N}"), Organisation($"West {Guid.NewGuid():N}"));
        await app.SeedAsync(db => db.AddRange(east, west));
        var funding = Partners(east, west);
        (funding.Kind, funding.Since, funding.Until) = (PartnershipKind.JointCampaign, new DateOnly(2019, 3, 1), new DateOnly(2024, 12, 31));
        await app.SeedAsync(db => db.Add(funding));
        var answer = await app.AnonymousClient().QueryAsync("query ($from: ID!, $to: ID!) { network { path(from: $from, to: $to) { ties { kind role since until } } } }",
            new { from = Id(east), to = Id(west) });
        Assert.Equal("""{"network":{"path":[{"ties":[{"kind":"PARTNERSHIP","role":"JOINT_CAMPAIGN","since":"2019-03-01","until":"2024-12-31"}]}]}}""",
            answer.AssertNoErrors().Read<System.Text.Json.Nodes.JsonNode>("data").ToJsonString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_records_of_a_path_are_read_from_the_database_only_for_more_than_their_ids(DatabaseProvider provider)
    {
        var app = await App(provider);
        const string ids = """
            query ($from: ID!, $to: ID!) { network { path(from: $from, to: $to) { nodes { __typename ... on Organisation { id } ...Identified } } } }
            fragment Identified on Node { id }
            """;
        const string names = "query ($from: ID!, $to: ID!) { network { path(from: $from, to: $to) { nodes { id ... on Organisation { name } } } } }";
        var variables = new { from = Id(Watch), to = Id(Brno) };
        (await app.QueryAsync(ids, variables)).AssertNoErrors();

        var before = app.SqlStatements;
        var identified = (await app.QueryAsync(ids, variables)).AssertNoErrors().Data<PathOf<TypedNode>[]>("network.path");
        Assert.Equal(0, app.SqlStatements - before);
        Assert.Equal([new("Organisation", Id(Watch)), new("Coalition", GlobalId.Encode("Coalition", Alliance.Id.ToString("N"))),
            new("Organisation", Id(Forum)), new("Organisation", Id(Brno))], Assert.Single(identified).Nodes);

        before = app.SqlStatements;
        var named = (await app.QueryAsync(names, variables)).AssertNoErrors().Data<PathOf<NamedNode>[]>("network.path");
        Assert.Equal(2, app.SqlStatements - before);
        Assert.Equal([Watch.Name, null, Forum.Name, Brno.Name], Assert.Single(named).Nodes.Select(node => node.Name));
    }

    private sealed record PathOf<T>(T[] Nodes);
    private sealed record TypedNode([property: System.Text.Json.Serialization.JsonPropertyName("__typename")] string Type, string Id);
    private sealed record NamedNode(string Id, string? Name = null);

    [Theory, MemberData(nameof(Providers))]
    public async Task Staff_find_the_shorter_way_through_a_record_only_they_may_see(DatabaseProvider provider)
    {
        var app = await App(provider);
        using var curator = await app.CuratorClientAsync();
        var path = Assert.Single(await PathsAsync(curator, Watch, Brno));
        Assert.Equal([Id(Watch), Id(Hidden), Id(Brno)], path.Nodes.Select(node => node.Id));
        using var partner = await app.KeyClientAsync(Role.Partner, Watch.Id);
        Assert.Equal(3, Assert.Single(await PathsAsync(partner, Watch, Brno)).Hops);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_hidden_record_answers_exactly_as_one_that_does_not_exist(DatabaseProvider provider)
    {
        var app = await App(provider);
        var missing = Organisation("Never Recorded");
        foreach (var ends in new[] { (Hidden, Brno), (Brno, Hidden) })
        {
            var hidden = await app.AnonymousClient().QueryAsync(PathQuery, new { from = Id(ends.Item1), to = Id(ends.Item2), k = 1, maxHops = 6 });
            var absent = await app.AnonymousClient().QueryAsync(PathQuery,
                new { from = Id(ends.Item1 == Hidden ? missing : ends.Item1), to = Id(ends.Item2 == Hidden ? missing : ends.Item2), k = 1, maxHops = 6 });
            Assert.Equal(absent.Body, hidden.Body);
            Assert.Empty(hidden.AssertNoErrors().Data<FoundPath[]>("network.path"));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Paths_keep_to_the_kinds_of_tie_and_the_hops_asked_for(DatabaseProvider provider)
    {
        var app = await App(provider);
        var client = app.AnonymousClient();
        Assert.Empty(await PathsAsync(client, Watch, Brno, via: ["PARTNERSHIP"]));
        Assert.Empty(await PathsAsync(client, Watch, Brno, maxHops: 2));
        Assert.Empty(await PathsAsync(client, Watch, Alone));
        Assert.Equal(3, Assert.Single(await PathsAsync(client, Watch, Brno, via: ["PARTNERSHIP", "MEMBERSHIP"])).Hops);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_k_shortest_paths_come_shortest_first(DatabaseProvider provider)
    {
        var app = await App(provider);
        using var curator = await app.CuratorClientAsync();
        var paths = await PathsAsync(curator, Watch, Brno, k: 3);
        Assert.Equal([2, 3], paths.Select(path => path.Hops));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_neighbourhood_holds_the_records_within_reach_and_the_ties_among_them(DatabaseProvider provider)
    {
        var app = await App(provider);
        var response = (await app.AnonymousClient().QueryAsync(
            "query ($of: ID!) { network { neighbourhood(of: $of, depth: 2) { nodes { id } ties { kind role } truncated } } }", new { of = Id(Watch) })).AssertNoErrors();
        Assert.Equal([Id(Watch), GlobalId.Encode("Coalition", Alliance.Id.ToString("N")), Id(Forum)],
            response.Data<PathNode[]>("network.neighbourhood.nodes").Select(node => node.Id));
        Assert.Equal(["MEMBERSHIP", "MEMBERSHIP"], response.Data<PathTie[]>("network.neighbourhood.ties").Select(tie => tie.Kind));
        Assert.False(response.Data<bool>("network.neighbourhood.truncated"));
    }

    public static TheoryData<string, string> BadArguments => new()
    {
        { "path(from: {a}, to: {b}, maxHops: 0) { hops }", "INVALID_ARGUMENT" },
        { "path(from: {a}, to: {b}, maxHops: 11) { hops }", "INVALID_ARGUMENT" },
        { "path(from: {a}, to: {b}, k: 0) { hops }", "INVALID_ARGUMENT" },
        { "path(from: {a}, to: {b}, k: 6) { hops }", "INVALID_ARGUMENT" },
        { "path(from: \"not-an-id\", to: {b}) { hops }", "INVALID_ID" },
        { "path(from: {theme}, to: {b}) { hops }", "INVALID_ARGUMENT" },
        { "neighbourhood(of: {a}, depth: 0) { truncated }", "INVALID_ARGUMENT" },
        { "neighbourhood(of: {a}, depth: 4) { truncated }", "INVALID_ARGUMENT" },
        { "neighbourhood(of: {a}, first: 0) { truncated }", "INVALID_ARGUMENT" },
        { "neighbourhood(of: {a}, first: 1001) { truncated }", "INVALID_ARGUMENT" },
    };

    [Theory, MemberData(nameof(BadArguments))]
    public async Task Arguments_out_of_range_get_a_coded_error(string field, string code) =>
        await NetworkRefusals.AssertRefusedAsync(await App(DatabaseProvider.Sqlite), field, code, ("{a}", Id(Watch)), ("{b}", Id(Brno)));

    [Theory, MemberData(nameof(Providers))]
    public async Task A_tie_added_by_a_mutation_is_in_the_next_answer_of_the_same_instance(DatabaseProvider provider)
    {
        var app = await App(provider);
        var (north, south) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"));
        await app.SeedAsync(db => db.AddRange(north, south));
        Assert.Empty(await PathsAsync(app.AnonymousClient(), north, south));
        var asOf = (await app.AnonymousClient().QueryAsync("{ network { asOf } }")).AssertNoErrors().Data<long>("network.asOf");

        using var curator = await app.CuratorClientAsync();
        (await curator.MutateAsync("addPartnership", "AddPartnershipInput", "partnership { id } errors { code message path }",
            new { organisation = Id(north), partner = Id(south), kind = "JOINT_CAMPAIGN" })).AssertNoErrors();

        var after = (await app.AnonymousClient().QueryAsync(PathQuery, new { from = Id(north), to = Id(south), k = 1, maxHops = 6 })).AssertNoErrors();
        Assert.Equal(new PathTie("PARTNERSHIP", "JOINT_CAMPAIGN"), Assert.Single(Assert.Single(after.Data<FoundPath[]>("network.path")).Ties));
        Assert.True(after.Data<long>("network.asOf") > asOf);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AsOf_moves_only_for_the_audiences_that_see_what_changed(DatabaseProvider provider)
    {
        var app = await App(provider);
        var (north, south, secret) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"),
            Organisation($"Secret {Guid.NewGuid():N}", visibility: Visibility.Staff));
        await app.SeedAsync(db => db.AddRange(north, south, secret));
        using var curator = await app.CuratorClientAsync();
        using var partner = await app.KeyClientAsync(Role.Partner, Watch.Id);
        GraphQLClient[] callers = [app.AnonymousClient(), partner, curator];
        async Task<long[]> AsOfAsync() =>
            await Task.WhenAll(callers.Select(async client => (await client.QueryAsync("{ network { asOf } }")).AssertNoErrors().Data<long>("network.asOf")));
        async Task AddPartnershipAsync(Organisation from, Organisation to) =>
            (await curator.MutateAsync("addPartnership", "AddPartnershipInput", "partnership { id } errors { code message path }",
                new { organisation = Id(from), partner = Id(to), kind = "PARTNER" })).AssertNoErrors();
        var before = await AsOfAsync();

        await AddPartnershipAsync(north, secret);
        var afterHidden = await AsOfAsync();
        Assert.Equal(before[..2], afterHidden[..2]);
        Assert.True(afterHidden[2] > before[2]);

        await AddPartnershipAsync(north, south);
        var afterPublic = await AsOfAsync();
        Assert.All(afterPublic, asOf => Assert.True(asOf > afterHidden[2]));
        Assert.Single(afterPublic.Distinct());
    }
}
