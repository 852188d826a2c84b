using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.Network;
using NetworkGraph.Api.Network.Analytics;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// <c>network { brokers communities stats reach }</c> (and, for what a hidden record changes, the alliances) on a network small enough to work out by hand (networkx agrees):
/// <code>
///   Tbilisi Pride (GE) ── Yerevan Equality (AM)        Baku Media (AZ) ── Kyiv Digital (UA) ── Chisinau Press (MD)
///          ╲                 ╱                               │                  │
///           Caucasus Equality Coalition ─────────────────────┘             Oksana (a defender, no country)
///   Belgrade Alone (RS), tied to nobody
/// </code>
/// The coalition's members are Tbilisi Pride, Yerevan Equality and Baku Media; the other ties are partnerships, and
/// Oksana's an affiliation. Hidden Shelter (GE), visible to staff only, is the partner of Tbilisi Pride and Chisinau Press.
/// </summary>
public sealed class NetworkAnalyticsTests(AppFixture apps, NetworkAnalyticsTests.NeverHiddenApps neverHidden, NetworkAnalyticsTests.SampledApps sampledApps)
    : IClassFixture<AppFixture>, IClassFixture<NetworkAnalyticsTests.NeverHiddenApps>, IClassFixture<NetworkAnalyticsTests.SampledApps>
{
    /// <summary>The same network in a database where Hidden Shelter was never recorded.</summary>
    public sealed class NeverHiddenApps : AppFixture;

    /// <summary>The network with betweenness exact up to 4 records only, so that its 8 are estimated from 4² / 8 sources.</summary>
    public sealed class SampledApps() : AppFixture(new Dictionary<string, string> { ["Network:ExactBetweennessLimit"] = "4" });

    private static readonly Theme LgbtqiRights = new() { Code = "lgbtqi-rights" }, WomensRights = new() { Code = "womens-rights" },
        Equality = new() { Code = "equality" }, MediaFreedom = new() { Code = "media-freedom" }, DigitalRights = new() { Code = "digital-rights" };

    private static readonly Organisation Pride = Working(Organisation("Tbilisi Pride", country: "GE"), OrganisationKind.Ngo, LgbtqiRights),
        Yerevan = Working(Organisation("Yerevan Equality", country: "AM"), OrganisationKind.Ngo, LgbtqiRights, WomensRights),
        Baku = Working(Organisation("Baku Media", country: "AZ"), OrganisationKind.Media, MediaFreedom),
        Kyiv = Working(Organisation("Kyiv Digital", country: "UA"), OrganisationKind.Ngo, DigitalRights),
        Chisinau = Working(Organisation("Chisinau Press", country: "MD"), OrganisationKind.Media, MediaFreedom),
        Belgrade = Organisation("Belgrade Alone", country: "RS"),
        Hidden = Working(Organisation("Hidden Shelter", visibility: Visibility.Staff, country: "GE"), OrganisationKind.Ngo, LgbtqiRights);
    private static readonly Coalition Caucasus = Coalition("Caucasus Equality Coalition");
    private static readonly Defender Oksana = Defender("Oksana");

    static NetworkAnalyticsTests() => Caucasus.Themes.Add(Equality);

    private static Organisation Working(Organisation organisation, OrganisationKind kind, params Theme[] themes)
    {
        organisation.Kind = kind;
        organisation.Themes.AddRange(themes);
        return organisation;
    }

    public static TheoryData<DatabaseProvider> Providers => AppFixture.Providers;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => Seeded(apps, provider, withHidden: true);

    // The records and the ties are saved apart, as in NetworkPathTests: the records are shared by the apps.
    private static Task<NetworkGraphApp> Seeded(AppFixture fixture, DatabaseProvider provider, bool withHidden) => fixture.For(provider, async app =>
    {
        await app.SeedAsync(db =>
        {
            db.AttachRange(LgbtqiRights, WomensRights, Equality, MediaFreedom, DigitalRights);
            db.AddRange(Pride, Yerevan, Baku, Kyiv, Chisinau, Belgrade, Caucasus, Oksana);
            if (withHidden) db.Add(Hidden);
        });
        await app.SeedAsync(db =>
        {
            db.AddRange(Member(Caucasus, Pride), Member(Caucasus, Yerevan), Member(Caucasus, Baku), Partners(Pride, Yerevan),
                Partners(Baku, Kyiv), Partners(Kyiv, Chisinau), Affiliated(Oksana, Kyiv));
            if (withHidden) db.AddRange(Partners(Hidden, Pride), Partners(Hidden, Chisinau));
        });
    });

    private static string Id(CuratedEntity record) => GlobalId.Encode(record.GetType().Name, record.Id.ToString("N"));

    /// <summary>The IDs of records that rank equally, in the fixed order that breaks their tie.</summary>
    private static IEnumerable<string> InRecordOrder(params CuratedEntity[] records) => records.OrderBy(record => record.Id).Select(Id);

    private sealed record Ranked(Identified Node, double Betweenness, double Bridging, int Degree);
    private sealed record Ranking(int? Sampled, Ranked[] Nodes);
    private sealed record TypeCount(string Type, int Count);
    private sealed record KindCount(string Kind, int Count);
    private sealed record Stats(int Nodes, int Ties, TypeCount[] NodesByType, KindCount[] TiesByKind, double Density, int Components,
        int LargestComponent, double AverageDegree, double AverageClustering);
    private sealed record FoundCommunity(int Id, int Size, string Label, Connection<Identified> Members);
    private sealed record Partition(double Modularity, int Count, FoundCommunity[] Communities);
    private sealed record CountryCount(Coded Country, int Count);
    private sealed record ThemeCount(Coded Theme, int Count);
    private sealed record InstitutionCount(Coded Institution, int Count);
    private sealed record Reached(int Nodes, CountryCount[] Countries, ThemeCount[] Themes, InstitutionCount[] Institutions);

    private const string StatsSelection =
        "nodes ties nodesByType { type count } tiesByKind { kind count } density components largestComponent averageDegree averageClustering";
    private const string BrokersSelection = "sampled nodes(first: 100) { node { id } betweenness bridging degree }";
    private const string CommunitiesSelection = "modularity count communities { id size label members { nodes { id } } }";
    private const string ReachSelection = "nodes countries { country { code } count } themes { theme { code } count } institutions { institution { code } count }";

    /// <summary><c>query (parameters) { network { field(arguments) { selection } } }</c>, read at <c>network.field</c>.</summary>
    private static async Task<T> NetworkAsync<T>(GraphQLClient client, string field, string arguments, string selection,
        string parameters = "", object? variables = null) =>
        (await client.QueryAsync($"query {parameters} {{ network {{ {field}{arguments} {{ {selection} }} }} }}", variables))
            .AssertNoErrors().Data<T>($"network.{field}");

    private static Task<Stats> StatsAsync(GraphQLClient client, string where = "{}") => NetworkAsync<Stats>(client, "stats", $"(where: {where})", StatsSelection);

    private static Task<Ranking> BrokersAsync(GraphQLClient client, string where = "{}") =>
        NetworkAsync<Ranking>(client, "brokers", $"(where: {where})", BrokersSelection);

    private static Task<Partition> CommunitiesAsync(GraphQLClient client, string where = "{}") =>
        NetworkAsync<Partition>(client, "communities", $"(where: {where})", CommunitiesSelection);

    private static Task<Reached> ReachAsync(GraphQLClient client, CuratedEntity of, int hops = 2, string[]? via = null) =>
        NetworkAsync<Reached>(client, "reach", "(of: $of, hops: $hops, via: $via)", ReachSelection, "($of: ID!, $hops: Int, $via: [TieKind!])",
            new { of = Id(of), hops, via });

    [Theory, MemberData(nameof(Providers))]
    public async Task Stats_measure_the_network_the_caller_sees(DatabaseProvider provider)
    {
        var stats = await StatsAsync((await App(provider)).AnonymousClient());
        Assert.Equal((8, 7), (stats.Nodes, stats.Ties));
        Assert.Equal([new TypeCount("Organisation", 6), new TypeCount("Coalition", 1), new TypeCount("Defender", 1)], stats.NodesByType);
        Assert.Equal([new KindCount("MEMBERSHIP", 3), new KindCount("PARTNERSHIP", 3), new KindCount("AFFILIATION", 1)], stats.TiesByKind);
        // 7 tied pairs of 8 records; a triangle (Pride, Yerevan, the coalition) of clustering 1, 1 and 1/3 among 8 records.
        Assert.Equal(7.0 / 28, stats.Density, 12);
        Assert.Equal((2, 7), (stats.Components, stats.LargestComponent));
        Assert.Equal(14.0 / 8, stats.AverageDegree, 12);
        Assert.Equal(7.0 / 24, stats.AverageClustering, 12);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Brokers_come_by_betweenness_then_by_ties_with_their_bridging(DatabaseProvider provider)
    {
        var ranking = await BrokersAsync((await App(provider)).AnonymousClient());
        Assert.Null(ranking.Sampled);
        // Kyiv Digital and Baku Media each lie between 9 of the 21 pairs of other records, the coalition between 8;
        // Kyiv Digital has more ties. Bridging over the communities { Pride, Yerevan, coalition } and { Baku, Kyiv,
        // Chisinau, Oksana }: the coalition's three ties go 2 : 1, Baku Media's two 1 : 1.
        Assert.Equal([Id(Kyiv), Id(Baku), Id(Caucasus), .. InRecordOrder(Pride, Yerevan), .. InRecordOrder(Chisinau, Oksana), Id(Belgrade)],
            ranking.Nodes.Select(broker => broker.Node.Id));
        AssertClose([9.0 / 21, 9.0 / 21, 8.0 / 21, 0, 0, 0, 0, 0], ranking.Nodes.Select(broker => broker.Betweenness));
        AssertClose([0, 0.5, 1 - (4.0 + 1) / 9, 0, 0, 0, 0, 0], ranking.Nodes.Select(broker => broker.Bridging));
        Assert.Equal([3, 2, 3, 2, 2, 1, 1, 0], ranking.Nodes.Select(broker => broker.Degree));

        var firstTwo = await NetworkAsync<Ranking>((await App(provider)).AnonymousClient(), "brokers", "", "sampled nodes(first: 2) { node { id } betweenness bridging degree }");
        Assert.Equal([Id(Kyiv), Id(Baku)], firstTwo.Nodes.Select(broker => broker.Node.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Communities_come_biggest_first_with_labels_from_their_themes_and_countries(DatabaseProvider provider)
    {
        var partition = await CommunitiesAsync((await App(provider)).AnonymousClient());
        // Each of the two communities holds 3 of the 7 ties and half the degree: 2 × (3/7 − 1/4).
        Assert.Equal(5.0 / 14, partition.Modularity, 12);
        Assert.Equal(3, partition.Count);
        Assert.Equal([(0, 4), (1, 3), (2, 1)], partition.Communities.Select(community => (community.Id, community.Size)));
        // Oksana has no country of her own and takes Kyiv Digital's; the coalition takes its members' (AM, AZ, GE).
        Assert.Equal(["media-freedom, digital-rights · UA, AZ, MD", "lgbtqi-rights, equality · AM, GE, AZ", "RS"],
            partition.Communities.Select(community => community.Label));
        Assert.Equal([[Id(Kyiv), Id(Baku), .. InRecordOrder(Chisinau, Oksana)], [Id(Caucasus), .. InRecordOrder(Pride, Yerevan)], [Id(Belgrade)]],
            partition.Communities.Select(community => community.Members.Nodes.Select(member => member.Id).ToArray()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_community_pages_its_members(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        async Task<Connection<Identified>> MembersAsync(string? after) => (await NetworkAsync<Partition>(client, "communities", "",
            "modularity count communities(first: 1) { id size label members(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
            "($after: String)", new { after })).Communities.Single().Members;

        var first = await MembersAsync(after: null);
        Assert.Equal((4, true), (first.TotalCount, first.PageInfo!.HasNextPage));
        var rest = await MembersAsync(first.PageInfo.EndCursor);
        Assert.False(rest.PageInfo!.HasNextPage);
        Assert.Equal([Id(Kyiv), Id(Baku), .. InRecordOrder(Chisinau, Oksana)], first.Nodes.Concat(rest.Nodes).Select(member => member.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reach_counts_the_records_within_the_hops_by_country_theme_and_institution(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        // Within two ties of Tbilisi Pride: the coalition (AM, AZ, GE), Yerevan Equality (AM) and Baku Media (AZ).
        var reach = await ReachAsync(client, Pride);
        Assert.Equal(3, reach.Nodes);
        Assert.Equal([("AM", 2), ("AZ", 2), ("GE", 1)], reach.Countries.Select(count => (count.Country.Code, count.Count)));
        Assert.Equal([("equality", 1), ("lgbtqi-rights", 1), ("media-freedom", 1), ("womens-rights", 1)],
            reach.Themes.Select(count => (count.Theme.Code, count.Count)));
        // Georgia is a candidate of the EU: only the coalition has it among its countries.
        Assert.Equal([("COE", 3), ("EAP", 3), ("OSCE", 3), ("UN", 3), ("EU", 1)],
            reach.Institutions.Select(count => (count.Institution.Code, count.Count)));

        Assert.Equal(2, (await ReachAsync(client, Pride, hops: 1)).Nodes);
        Assert.Equal(4, (await ReachAsync(client, Pride, hops: 3)).Nodes);
        var partners = await ReachAsync(client, Pride, hops: 3, via: ["PARTNERSHIP"]);
        Assert.Equal(1, partners.Nodes);
        Assert.Equal([("AM", 1)], partners.Countries.Select(count => (count.Country.Code, count.Count)));
    }

    private static readonly (string Where, CuratedEntity[] Kept, int Ties)[] Filters =
    [
        // A coalition has no country of its own: it takes its members' (Baku Media's AZ among them).
        ("{ country: \"az\" }", [Baku, Caucasus], 1),
        // Tbilisi Pride and Yerevan Equality work on narrower themes than equality.
        ("{ theme: \"equality\" }", [Pride, Yerevan, Caucasus], 3),
        // Oksana takes Kyiv Digital's country, in Eastern Europe.
        ("{ region: \"Europe\" }", [Kyiv, Chisinau, Belgrade, Oksana], 2),
        ("{ region: \"Western Asia\" }", [Pride, Yerevan, Baku, Caucasus], 4),
        // Georgia, Moldova, Ukraine and Serbia are candidates of the EU; Armenia and Azerbaijan are not.
        ("{ institution: \"EU\" }", [Pride, Caucasus, Kyiv, Chisinau, Belgrade, Oksana], 3),
        ("{ institution: \"WB\" }", [Belgrade], 0),
        // Only organisations have a kind: the coalition and the defender stay.
        ("{ kind: MEDIA }", [Baku, Chisinau, Caucasus, Oksana], 1),
        ("{ kind: MEDIA, theme: \"freedom-of-expression\" }", [Baku, Chisinau], 0),
        ("{ country: \"FR\" }", [], 0),
    ];

    [Theory, MemberData(nameof(Providers))]
    public async Task A_filter_narrows_every_answer_to_the_records_it_keeps(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        foreach (var (where, kept, ties) in Filters)
        {
            var stats = await StatsAsync(client, where);
            Assert.Equal((where, kept.Length, ties), (where, stats.Nodes, stats.Ties));
            var expected = kept.Select(Id).Order().ToArray();
            Assert.Equal(expected, (await BrokersAsync(client, where)).Nodes.Select(broker => broker.Node.Id).Order());
            Assert.Equal(expected, (await CommunitiesAsync(client, where)).Communities.SelectMany(community => community.Members.Nodes).Select(member => member.Id).Order());
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Filtered_answers_are_those_of_the_part_of_the_network_kept(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        const string WesternAsia = "{ region: \"Western Asia\" }";
        // A triangle and Baku Media tied to the coalition: the coalition lies between 2 of the 3 pairs of others.
        var ranking = await BrokersAsync(client, WesternAsia);
        Assert.Equal(Id(Caucasus), ranking.Nodes[0].Node.Id);
        Assert.Equal(2.0 / 3, ranking.Nodes[0].Betweenness, 12);
        Assert.All(ranking.Nodes.Skip(1), broker => Assert.Equal(0, broker.Betweenness));
        var stats = await StatsAsync(client, "{ theme: \"equality\" }");
        Assert.Equal((1.0, 1, 3, 2.0, 1.0), (stats.Density, stats.Components, stats.LargestComponent, stats.AverageDegree, stats.AverageClustering));

        var empty = await StatsAsync(client, "{ country: \"FR\" }");
        Assert.Equal((0, 0, 0, 0, 0.0, 0.0, 0.0), (empty.NodesByType.Length + empty.TiesByKind.Length, empty.Components, empty.LargestComponent,
            empty.Nodes + empty.Ties, empty.Density, empty.AverageDegree, empty.AverageClustering));
        Assert.Empty((await BrokersAsync(client, "{ country: \"FR\" }")).Nodes);
        var none = await CommunitiesAsync(client, "{ country: \"FR\" }");
        Assert.Equal((0.0, 0), (none.Modularity, none.Count));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Staff_see_the_hidden_record_in_every_answer_and_others_do_not(DatabaseProvider provider)
    {
        var app = await App(provider);
        using var curator = await app.CuratorClientAsync();
        using var partner = await app.KeyClientAsync(Role.Partner, Pride.Id);
        var staff = await StatsAsync(curator);
        Assert.Equal((9, 9, 7), (staff.Nodes, staff.Ties, staff.NodesByType.Single(count => count.Type == "Organisation").Count));
        foreach (var reader in new[] { app.AnonymousClient(), partner })
        {
            var stats = await StatsAsync(reader);
            Assert.Equal((8, 7), (stats.Nodes, stats.Ties));
            Assert.DoesNotContain(Id(Hidden), (await BrokersAsync(reader)).Nodes.Select(broker => broker.Node.Id));
            Assert.Equal(3, (await ReachAsync(reader, Pride)).Nodes);
        }

        // Hidden Shelter closes a cycle through Kyiv Digital, which now lies between 8 of the 28 pairs of others.
        var ranking = await BrokersAsync(curator);
        Assert.Equal(Id(Kyiv), ranking.Nodes[0].Node.Id);
        Assert.Equal(8.0 / 28, ranking.Nodes[0].Betweenness, 12);
        Assert.Contains(Id(Hidden), ranking.Nodes.Select(broker => broker.Node.Id));
        Assert.Contains(Id(Hidden), (await CommunitiesAsync(curator)).Communities.SelectMany(community => community.Members.Nodes).Select(member => member.Id));
        // Within two ties of Tbilisi Pride, staff also reach Hidden Shelter and, through it, Chisinau Press.
        Assert.Equal(5, (await ReachAsync(curator, Pride)).Nodes);
    }

    // The ties are new in each database: a cell's examples are compared by their coalitions alone.
    private const string EveryAnswer = $$"""
        query ($of: ID!, $hidden: ID!) {
          network {
            brokers { {{BrokersSelection}} }
            communities { {{CommunitiesSelection}} }
            stats { {{StatsSelection}} }
            reach(of: $of, hops: 3) { {{ReachSelection}} }
            fromHidden: reach(of: $hidden) { {{ReachSelection}} }
            equality: communities(where: { theme: "equality" }) { {{CommunitiesSelection}} }
            georgia: brokers(where: { country: "GE" }) { {{BrokersSelection}} }
            suggestedAlliances(for: $of) { organisation { id } score reasons { kind weight detail evidence { id } } }
            forHidden: suggestedAlliances(for: $hidden) { score }
            crossBorderAlliances {
              countries { code }
              cells { from { code } to { code } coalitions partnerships examples { ... on Coalition { id } } }
              gaps { from { code } to { code } sharedThemes { code } reason }
            }
          }
        }
        """;

    [Theory, MemberData(nameof(Providers))]
    public async Task Anonymous_answers_are_those_of_a_network_where_the_hidden_record_never_was(DatabaseProvider provider)
    {
        var variables = new { of = Id(Pride), hidden = Id(Hidden) };
        var withHidden = await (await App(provider)).AnonymousClient().QueryAsync(EveryAnswer, variables);
        var without = await (await Seeded(neverHidden, provider, withHidden: false)).AnonymousClient().QueryAsync(EveryAnswer, variables);
        Assert.Equal(without.AssertNoErrors().Body, withHidden.AssertNoErrors().Body);
        Assert.Equal(0, withHidden.Data<int>("network.fromHidden.nodes"));
        Assert.Empty(withHidden.Data<object[]>("network.forHidden"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Betweenness_above_the_exact_limit_is_sampled_with_a_fixed_seed(DatabaseProvider provider)
    {
        var app = await Seeded(sampledApps, provider, withHidden: true);
        var client = app.AnonymousClient();
        var ranking = await BrokersAsync(client);
        Assert.Equal(2, ranking.Sampled);
        // The estimate of the graphs library from the 2 sources seed 0 draws, on the anonymous view.
        var network = (await app.Services.GetRequiredService<NetworkEngine>().CurrentAsync(CancellationToken.None)).ViewOf(Audience.Public).Whole;
        var estimate = Betweenness.Of(network.Graph, samples: 2, seed: 0);
        var expected = Enumerable.Range(0, network.Graph.NodeCount).ToDictionary(node => Id(network.Node(node).Record), node => estimate.Scores[node]);
        Assert.Equal(expected.Keys.Order(), ranking.Nodes.Select(broker => broker.Node.Id).Order());
        Assert.All(ranking.Nodes, broker => Assert.Equal(expected[broker.Node.Id], broker.Betweenness, 12));
        Assert.Equal(expected.Values.OrderDescending(), ranking.Nodes.Select(broker => broker.Betweenness));
        var query = $"{{ network {{ brokers {{ {BrokersSelection} }} }} }}";
        Assert.Equal((await client.QueryAsync(query)).Body, (await client.QueryAsync(query)).AssertNoErrors().Body);
    }

    [Theory]
    [InlineData(8, 4, 2)]
    [InlineData(2_000, 2_000, null)]
    [InlineData(2_001, 2_000, 1_999)]
    [InlineData(100_000, 2_000, 40)]
    [InlineData(5_000_000, 2_000, 1)]
    public void Above_the_limit_the_sample_shrinks_as_the_network_grows(int nodes, int exactLimit, int? sources) =>
        Assert.Equal(sources, BrokerRanking.SampleSize(nodes, exactLimit));

    [Fact]
    public async Task An_analysis_is_computed_once_per_filtered_network()
    {
        var app = await App(DatabaseProvider.Sqlite);
        var snapshot = await app.Services.GetRequiredService<NetworkEngine>().CurrentAsync(CancellationToken.None);
        var network = snapshot.ViewOf(Audience.Public).Whole;
        var none = CancellationToken.None;
        Assert.Same(BrokerRanking.Of(network, exactLimit: 2_000, none), BrokerRanking.Of(network, exactLimit: 2_000, none));
        Assert.Same(CommunityPartition.Of(network, resolution: 1, seed: 0, none), CommunityPartition.Of(network, resolution: 1, seed: 0, none));
        Assert.NotSame(CommunityPartition.Of(network, resolution: 1, seed: 0, none), CommunityPartition.Of(network, resolution: 1, seed: 1, none));
        Assert.Same(NetworkStats.Of(network, none), NetworkStats.Of(network, none));
    }

    public static TheoryData<string, string> BadArguments => new()
    {
        { "brokers { nodes(first: 0) { degree } }", "INVALID_ARGUMENT" },
        { "brokers { nodes(first: 1001) { degree } }", "INVALID_ARGUMENT" },
        { "brokers(where: { country: \"XX\" }) { sampled }", "INVALID_ARGUMENT" },
        { "communities(resolution: 0) { count }", "INVALID_ARGUMENT" },
        { "communities(resolution: -1) { count }", "INVALID_ARGUMENT" },
        { "communities(resolution: 10.5) { count }", "INVALID_ARGUMENT" },
        { "communities { communities(first: 0) { id } }", "INVALID_ARGUMENT" },
        { "communities { communities(first: 1) { members(first: 101) { totalCount } } }", "INVALID_ARGUMENT" },
        { "communities { communities(first: 1) { members(after: \"nowhere\") { totalCount } } }", "INVALID_CURSOR" },
        { "communities(where: { theme: \"cooking\" }) { count }", "INVALID_ARGUMENT" },
        { "stats(where: { region: \"Atlantis\" }) { nodes }", "INVALID_ARGUMENT" },
        { "stats(where: { institution: \"NATO\" }) { nodes }", "INVALID_ARGUMENT" },
        { "reach(of: {a}, hops: 0) { nodes }", "INVALID_ARGUMENT" },
        { "reach(of: {a}, hops: 4) { nodes }", "INVALID_ARGUMENT" },
        { "reach(of: \"not-an-id\") { nodes }", "INVALID_ID" },
        { "reach(of: {theme}) { nodes }", "INVALID_ARGUMENT" },
    };

    [Theory, MemberData(nameof(BadArguments))]
    public async Task Arguments_out_of_range_get_a_coded_error(string field, string code) =>
        await NetworkRefusals.AssertRefusedAsync(await App(DatabaseProvider.Sqlite), field, code, ("{a}", Id(Pride)));

    private static void AssertClose(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) < 1e-12);
}
