using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// <c>network { suggestedAlliances crossBorderAlliances }</c> on a network small enough to score by hand:
/// <code>
///   Baku Media (AZ) ── Tbilisi Pride (GE) ── Caucasus Coalition ── Chisinau Press (MD) ── Minsk Voices (BY)
///                       │        │                 │
///                  Nino (a defender)  Goal "Council of Europe" ── Yerevan Equality (AM)
///                       │                          Goal "EU accession" (of the coalition)
///                  Kyiv Digital (UA) ── Goal "EU visas"
///   Belgrade Alone (RS), tied to nobody
/// </code>
/// Tbilisi Pride partners Baku Media, is a member of the coalition with Chisinau Press, and supports the Council of
/// Europe goal with Yerevan Equality; Nino is affiliated with Tbilisi Pride and Kyiv Digital. Hidden Shelter (GE),
/// visible to staff only, partners Tbilisi Pride and Yerevan Equality.
/// </summary>
public sealed class NetworkAllianceTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Theme LgbtqiRights = new() { Code = "lgbtqi-rights" }, Equality = new() { Code = "equality" },
        MediaFreedom = new() { Code = "media-freedom" }, DigitalRights = new() { Code = "digital-rights" };
    private static readonly Institution Coe = new() { Code = "COE" }, Eu = new() { Code = "EU" };

    private static readonly Organisation Tbilisi = Working(Organisation("Alliance Tbilisi Pride", country: "GE"), LgbtqiRights, Equality),
        Yerevan = Working(Organisation("Alliance Yerevan Equality", country: "AM"), LgbtqiRights),
        Kyiv = Working(Organisation("Alliance Kyiv Digital", country: "UA"), Equality, DigitalRights),
        Baku = Working(Organisation("Alliance Baku Media", country: "AZ"), MediaFreedom),
        Chisinau = Organisation("Alliance Chisinau Press", country: "MD"),
        Minsk = Organisation("Alliance Minsk Voices", country: "BY"),
        Belgrade = Working(Organisation("Alliance Belgrade Alone", country: "RS"), Equality),
        Hidden = Working(Organisation("Alliance Hidden Shelter", visibility: Visibility.Staff, country: "GE"), LgbtqiRights);
    private static readonly Coalition Caucasus = Coalition("Alliance Caucasus Coalition");
    private static readonly Defender Nino = Defender("Alliance Nino");
    private static readonly AdvocacyGoal CouncilOfEurope = Targeting(Goal("Alliance Council of Europe"), Coe),
        EuAccession = Targeting(Goal("Alliance EU accession"), Eu), EuVisas = Targeting(Goal("Alliance EU visas"), Eu);
    private static readonly Partnership TbilisiBaku = Identified(Partners(Tbilisi, Baku)), ChisinauMinsk = Identified(Partners(Chisinau, Minsk)),
        HiddenTbilisi = Identified(Partners(Hidden, Tbilisi)), HiddenYerevan = Identified(Partners(Hidden, Yerevan));

    private static Organisation Working(Organisation organisation, params Theme[] themes)
    {
        organisation.Themes.AddRange(themes);
        return organisation;
    }

    private static AdvocacyGoal Targeting(AdvocacyGoal goal, Institution institution)
    {
        goal.TargetInstitutions.Add(institution);
        return goal;
    }

    private static Partnership Identified(Partnership partnership)
    {
        partnership.Id = Guid.CreateVersion7();
        return partnership;
    }

    public static TheoryData<DatabaseProvider> Providers => AppFixture.Providers;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, async app =>
    {
        await app.SeedAsync(db =>
        {
            db.AttachRange(LgbtqiRights, Equality, MediaFreedom, DigitalRights, Coe, Eu);
            db.AddRange(Tbilisi, Yerevan, Kyiv, Baku, Chisinau, Minsk, Belgrade, Hidden, Caucasus, Nino, CouncilOfEurope, EuAccession, EuVisas);
        });
        await app.SeedAsync(db => db.AddRange(TbilisiBaku, ChisinauMinsk, HiddenTbilisi, HiddenYerevan,
            Member(Caucasus, Tbilisi), Member(Caucasus, Chisinau), Supports(Caucasus, EuAccession), Supports(Tbilisi, CouncilOfEurope),
            Supports(Yerevan, CouncilOfEurope), Supports(Kyiv, EuVisas), Affiliated(Nino, Tbilisi), Affiliated(Nino, Kyiv)));
    });

    private static string Id(CuratedEntity record) => GlobalId.Encode(record.GetType().Name, record.Id.ToString("N"));

    private static Identified ThemeId(string code) => new(GlobalId.Encode("Theme", code));

    private static string Id(EdgeEntity edge) => GlobalId.Encode(edge.GetType().Name, edge.Id.ToString("N"));

    private sealed record Reason(string Kind, double Weight, string Detail, Identified[] Evidence);
    private sealed record Suggestion(Identified Organisation, double Score, Reason[] Reasons);
    private sealed record Cell(Coded From, Coded To, int Coalitions, int Partnerships, Identified[] Examples);
    private sealed record CellExamples(Identified[] Examples);
    private sealed record Gap(Coded From, Coded To, Coded[] SharedThemes, string Reason);
    private sealed record CrossBorder(Coded[] Countries, Cell[] Cells, Gap[] Gaps);
    private sealed record FoundCommunity(int Id, Connection<Identified> Members);

    private const string SuggestionsQuery = """
        query ($for: ID!, $first: Int, $where: NetworkFilterInput) {
          network { suggestedAlliances(for: $for, first: $first, where: $where) { organisation { id } score reasons { kind weight detail evidence { id } } } }
        }
        """;

    private static async Task<Suggestion[]> SuggestionsAsync(GraphQLClient client, CuratedEntity of, int first = 10, object? where = null) =>
        (await client.QueryAsync(SuggestionsQuery, new { @for = Id(of), first, where })).AssertNoErrors().Data<Suggestion[]>("network.suggestedAlliances");

    private static async Task<CrossBorder> CrossBorderAsync(GraphQLClient client, string[]? via = null) =>
        (await client.QueryAsync("""
            query ($via: [TieKind!]) {
              network { crossBorderAlliances(via: $via) {
                countries { code }
                cells { from { code } to { code } coalitions partnerships examples { id } }
                gaps { from { code } to { code } sharedThemes { code } reason } } }
            }
            """, new { via })).AssertNoErrors().Data<CrossBorder>("network.crossBorderAlliances");

    /// <summary>The community of each record in <c>communities(resolution: 1, seed: 0)</c>, which the bridging reason reads.</summary>
    private static async Task<Dictionary<string, int>> CommunitiesAsync(GraphQLClient client) =>
        (await client.QueryAsync("{ network { communities { communities(first: 20) { id members(first: 20) { nodes { id } } } } } }"))
            .AssertNoErrors().Data<FoundCommunity[]>("network.communities.communities")
            .SelectMany(community => community.Members.Nodes.Select(member => (member.Id, community.Id))).ToDictionary();

    private static readonly double CommonNeighbourOfTwo = 1 / Math.Log(2);

    [Theory, MemberData(nameof(Providers))]
    public async Task Suggestions_give_every_reason_with_its_weight_and_evidence_best_first(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        var community = await CommunitiesAsync(client);
        Reason[] Bridging(CuratedEntity candidate) => community[Id(candidate)] == community[Id(Tbilisi)] ? []
            : [new("BRIDGES_COMMUNITIES", 1, $"Communities {community[Id(Tbilisi)]} and {community[Id(candidate)]} of communities(resolution: 1, seed: 0).", [])];
        (CuratedEntity, Reason[])[] expected =
        [
            (Yerevan, [
                new("SHARED_GOAL", 3, "Both support 1 advocacy goal.", [new(Id(CouncilOfEurope))]),
                new("SHARED_THEME", 1, "Both work on lgbtqi-rights.", [ThemeId("lgbtqi-rights")]),
                new("SHARED_TARGET_INSTITUTION", 1, "Goals of both, or of their coalitions, target COE.", [new(Id(CouncilOfEurope))]),
                new("CROSS_BORDER", 1.5, "GE and AM: both in Western Asia.", []),
                .. Bridging(Yerevan)]),
            (Kyiv, [
                new("SHARED_THEME", 1, "Both work on equality.", [ThemeId("equality")]),
                new("SHARED_TARGET_INSTITUTION", 1, "Goals of both, or of their coalitions, target EU.", [.. InRecordOrder(EuAccession, EuVisas)]),
                new("COMMON_PARTNERS", CommonNeighbourOfTwo, "1 record tied to both.", [new(Id(Nino))]),
                new("CROSS_BORDER", 1.5, "GE and UA: both in EAP.", []),
                .. Bridging(Kyiv)]),
            (Belgrade, [
                new("SHARED_THEME", 1, "Both work on equality.", [ThemeId("equality")]),
                .. Bridging(Belgrade),
                new("DISTANCE", 0.75, "More than 5 ties apart, or not connected.", [])]),
            (Minsk, [
                new("CROSS_BORDER", 1.5, "GE and BY: both in EAP.", []),
                .. Bridging(Minsk),
                new("DISTANCE", 0.25, "3 ties apart.", [])]),
        ];
        var ranked = expected.Select(pair => (Id: Id(pair.Item1), pair.Item1.Id, Reasons: pair.Item2, Score: pair.Item2.Sum(reason => reason.Weight)))
            .OrderByDescending(candidate => Math.Round(candidate.Score, 12)).ThenBy(candidate => candidate.Item2).ToList();

        var suggestions = await SuggestionsAsync(client, Tbilisi);

        // Baku Media is a partner and Chisinau Press a member of the same coalition: neither is suggested.
        Assert.Equal(ranked.Select(candidate => candidate.Id), suggestions.Select(suggestion => suggestion.Organisation.Id));
        foreach (var (suggestion, candidate) in suggestions.Zip(ranked))
        {
            Assert.Equal(candidate.Reasons.Select(Written), suggestion.Reasons.Select(Written));
            Assert.Equal(suggestion.Reasons.Sum(reason => reason.Weight), suggestion.Score);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task First_keeps_the_best_suggestions_and_a_filter_the_part_of_the_network_kept(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        var all = await SuggestionsAsync(client, Tbilisi);
        Assert.Equal(all.Take(2), await SuggestionsAsync(client, Tbilisi, first: 2), SameSuggestion);
        // In Western Asia: Tbilisi Pride, Yerevan Equality, Baku Media, the coalition (of Georgia) and the goal they support.
        var westernAsia = await SuggestionsAsync(client, Tbilisi, where: new { region = "Western Asia" });
        Assert.Equal([Id(Yerevan)], westernAsia.Select(suggestion => suggestion.Organisation.Id));
        Assert.Empty(await SuggestionsAsync(client, Tbilisi, where: new { country = "UA" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Staff_find_the_hidden_partner_as_evidence_and_others_answer_about_it_as_about_a_missing_record(DatabaseProvider provider)
    {
        var app = await App(provider);
        using var curator = await app.CuratorClientAsync();
        var staff = (await SuggestionsAsync(curator, Tbilisi)).Single(suggestion => suggestion.Organisation.Id == Id(Yerevan));
        var common = Assert.Single(staff.Reasons, reason => reason.Kind == "COMMON_PARTNERS");
        Assert.Equal(CommonNeighbourOfTwo, common.Weight);
        Assert.Equal([Id(Hidden)], common.Evidence.Select(evidence => evidence.Id));
        Assert.NotEmpty(await SuggestionsAsync(curator, Hidden));

        var anonymous = app.AnonymousClient();
        Assert.DoesNotContain((await SuggestionsAsync(anonymous, Tbilisi)).SelectMany(suggestion => suggestion.Reasons), reason => reason.Kind == "COMMON_PARTNERS"
            && reason.Evidence.Any(evidence => evidence.Id == Id(Hidden)));
        var missing = Organisation("Alliance Nowhere");
        Assert.Equal((await anonymous.QueryAsync(SuggestionsQuery, new { @for = Id(missing) })).AssertNoErrors().Body,
            (await anonymous.QueryAsync(SuggestionsQuery, new { @for = Id(Hidden) })).AssertNoErrors().Body);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Cross_border_cells_count_the_coalitions_and_partnerships_between_two_countries_and_gaps_the_neighbours_nothing_joins(DatabaseProvider provider)
    {
        var app = await App(provider);
        var anonymous = await CrossBorderAsync(app.AnonymousClient());
        Assert.Equal(["AM", "AZ", "BY", "GE", "MD", "RS", "UA"], anonymous.Countries.Select(country => country.Code));
        Assert.Equal(["AZ GE 0 1: " + Id(TbilisiBaku), "BY MD 0 1: " + Id(ChisinauMinsk), "GE MD 1 0: " + Id(Caucasus)], anonymous.Cells.Select(Written));
        // Armenia and Georgia share a sub-region, the other pairs the Eastern Partnership; Moldova's organisation targets the
        // EU through the coalition's goal, Ukraine's through its own.
        Assert.Equal([
            "AM GE lgbtqi-rights: AM and GE are both in Western Asia; their organisations work on lgbtqi-rights and target COE, and no coalition or partnership joins them.",
            "GE UA equality: GE and UA are both in EAP; their organisations work on equality and target EU, and no coalition or partnership joins them.",
            "MD UA : MD and UA are both in Eastern Europe; their organisations target EU, and no coalition or partnership joins them.",
        ], anonymous.Gaps.Select(Written));

        // Staff see Hidden Shelter's partnership with Yerevan Equality, which closes the Armenian–Georgian gap.
        using var curator = await app.CuratorClientAsync();
        var staff = await CrossBorderAsync(curator);
        Assert.Contains("AM GE 0 1: " + Id(HiddenYerevan), staff.Cells.Select(Written));
        Assert.DoesNotContain(staff.Gaps, gap => gap.From.Code == "AM");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Via_keeps_to_the_kinds_of_tie_named(DatabaseProvider provider)
    {
        var client = (await App(provider)).AnonymousClient();
        var partnerships = await CrossBorderAsync(client, via: ["PARTNERSHIP"]);
        Assert.Equal(["AZ GE 0 1: " + Id(TbilisiBaku), "BY MD 0 1: " + Id(ChisinauMinsk)], partnerships.Cells.Select(Written));
        Assert.Contains("GE MD : GE and MD are both in EAP; their organisations target EU, and no coalition or partnership joins them.",
            partnerships.Gaps.Select(Written));
        Assert.Equal(["GE MD 1 0: " + Id(Caucasus)], (await CrossBorderAsync(client, via: ["MEMBERSHIP"])).Cells.Select(Written));
        Assert.Empty((await CrossBorderAsync(client, via: ["AFFILIATION"])).Cells);

        var firstExamples = (await client.QueryAsync("{ network { crossBorderAlliances { cells { examples(first: 1) { id } } } } }"))
            .AssertNoErrors().Data<CellExamples[]>("network.crossBorderAlliances.cells");
        Assert.Equal([[Id(TbilisiBaku)], [Id(ChisinauMinsk)], [Id(Caucasus)]], firstExamples.Select(cell => cell.Examples.Select(example => example.Id).ToArray()));
    }

    public static TheoryData<string, string> BadArguments => new()
    {
        { "suggestedAlliances(for: {a}, first: 0) { score }", "INVALID_ARGUMENT" },
        { "suggestedAlliances(for: {a}, first: 51) { score }", "INVALID_ARGUMENT" },
        { "suggestedAlliances(for: {coalition}) { score }", "INVALID_ARGUMENT" },
        { "suggestedAlliances(for: {theme}) { score }", "INVALID_ARGUMENT" },
        { "suggestedAlliances(for: \"not-an-id\") { score }", "INVALID_ID" },
        { "suggestedAlliances(for: {a}, where: { country: \"XX\" }) { score }", "INVALID_ARGUMENT" },
        { "crossBorderAlliances(where: { theme: \"cooking\" }) { countries { code } }", "INVALID_ARGUMENT" },
        { "crossBorderAlliances(via: [MEMBERSHIP]) { cells { examples(first: 0) { id } } }", "INVALID_ARGUMENT" },
        { "crossBorderAlliances(via: [MEMBERSHIP]) { cells { examples(first: 51) { id } } }", "INVALID_ARGUMENT" },
    };

    [Theory, MemberData(nameof(BadArguments))]
    public async Task Arguments_out_of_range_get_a_coded_error(string field, string code) =>
        await NetworkRefusals.AssertRefusedAsync(await App(DatabaseProvider.Sqlite), field, code, ("{a}", Id(Tbilisi)), ("{coalition}", Id(Caucasus)));

    private static IEnumerable<Identified> InRecordOrder(params CuratedEntity[] records) => records.OrderBy(record => record.Id).Select(record => new Identified(Id(record)));

    private static string Written(Reason reason) =>
        $"{reason.Kind} {reason.Weight:R} {reason.Detail} [{string.Join(' ', reason.Evidence.Select(evidence => evidence.Id))}]";

    private static string Written(Cell cell) =>
        $"{cell.From.Code} {cell.To.Code} {cell.Coalitions} {cell.Partnerships}: {string.Join(' ', cell.Examples.Select(example => example.Id))}";

    private static string Written(Gap gap) =>
        $"{gap.From.Code} {gap.To.Code} {string.Join(',', gap.SharedThemes.Select(theme => theme.Code))}: {gap.Reason}";

    private static bool SameSuggestion(Suggestion expected, Suggestion actual) =>
        expected.Organisation == actual.Organisation && expected.Score == actual.Score && expected.Reasons.Select(Written).SequenceEqual(actual.Reasons.Select(Written));
}
