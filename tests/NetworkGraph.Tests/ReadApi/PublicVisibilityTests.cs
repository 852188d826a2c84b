using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.ReadApi;

/// <summary>
/// Anonymous callers see published, public records only; defenders only with consent and risk at most
/// Elevated; edges only when public and when both ends are visible. A hidden record answers as a missing one.
/// </summary>
public sealed class PublicVisibilityTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly TestNetwork Network = new();

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(Network.AddTo));

    /// <summary>The names (or aliases, or titles, selected as name) of a connection's nodes, in order.</summary>
    private static List<string> Names(GraphQLResponse response, string connection) =>
        [.. response.Data<Named[]>($"{connection}.nodes").Select(n => n.Name).Order()];

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Lists_and_counts_hold_only_published_public_records(DatabaseProvider provider)
    {
        var data = (await (await App(provider)).QueryAsync(
            "{ organisations { totalCount nodes { name } } coalitions { totalCount nodes { name } } advocacyGoals { totalCount nodes { name: title } } }")).AssertNoErrors();
        Assert.Equal(["Open Rights Lab", "Tbilisi Legal Clinic"], Names(data, "organisations"));
        Assert.Equal(2, data.Data<int>("organisations.totalCount"));
        Assert.Equal(["Caucasus Rights Coalition", "Fair Courts Alliance"], Names(data, "coalitions"));
        Assert.Equal(["Repeal foreign agent laws"], Names(data, "advocacyGoals"));
        Assert.Equal(1, data.Data<int>("advocacyGoals.totalCount"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Defenders_are_shown_only_with_consent_and_a_risk_of_at_most_elevated(DatabaseProvider provider)
    {
        var data = (await (await App(provider)).QueryAsync(
            "{ defenders { totalCount nodes { name: alias } } organisation(slug: \"open-rights-lab\") { defenders { totalCount nodes { name: alias } } } }")).AssertNoErrors();
        Assert.Equal(["Ani M.", "Nadia K."], Names(data, "defenders"));
        Assert.Equal(2, data.Data<int>("defenders.totalCount"));
        Assert.Equal(["Nadia K."], Names(data, "organisation.defenders"));
        Assert.Equal(1, data.Data<int>("organisation.defenders.totalCount"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Relations_skip_hidden_records_and_hidden_edges_in_both_directions(DatabaseProvider provider)
    {
        var data = (await (await App(provider)).QueryAsync("""
            {
              organisation(slug: "open-rights-lab") {
                coalitions { totalCount nodes { name } }
                partners { totalCount nodes { name } }
              }
              coalition(slug: "caucasus-rights-coalition") {
                members { totalCount nodes { name } }
                defenders { nodes { name: alias } }
                goals { totalCount nodes { name: title } }
              }
            }
            """)).AssertNoErrors();
        Assert.Equal(["Caucasus Rights Coalition"], Names(data, "organisation.coalitions"));
        Assert.Equal(1, data.Data<int>("organisation.coalitions.totalCount"));
        Assert.Equal(["Tbilisi Legal Clinic"], Names(data, "organisation.partners"));
        Assert.Equal(["Open Rights Lab", "Tbilisi Legal Clinic"], Names(data, "coalition.members"));
        Assert.Equal(2, data.Data<int>("coalition.members.totalCount"));
        Assert.Equal(["Ani M."], Names(data, "coalition.defenders"));
        Assert.Equal(["Repeal foreign agent laws"], Names(data, "coalition.goals"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_hidden_record_answers_exactly_as_a_missing_one_by_slug_and_by_id(DatabaseProvider provider)
    {
        var app = await App(provider);
        foreach (var (slug, id) in Network.Hidden)
        {
            var hidden = await app.QueryAsync("query ($slug: String!, $id: ID!) { organisation(slug: $slug) { name } node(id: $id) { id } }",
                new { slug, id });
            var missing = await app.QueryAsync("query ($slug: String!, $id: ID!) { organisation(slug: $slug) { name } node(id: $id) { id } }",
                new { slug = slug + "-nowhere", id = GlobalId.Encode(GlobalId.Decode(id).Type, Guid.CreateVersion7().ToString("N")) });
            Assert.Equal(missing.Body, hidden.Body);
        }
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Nodes_are_fetched_by_global_id_in_order_with_nulls_for_hidden_ones(DatabaseProvider provider)
    {
        var ids = new[] { Network.VisibleOrganisationId, Network.Hidden[0].Id, Network.VisibleCoalitionId };
        var data = (await (await App(provider)).QueryAsync("""
            query ($ids: [ID!]!) {
              nodes(ids: $ids) { id __typename ... on Organisation { name } ... on Coalition { name } }
            }
            """, new { ids })).AssertNoErrors();
        Assert.Equal(("Open Rights Lab", ids[0]), (data.Data<string>("nodes[0].name"), data.Data<string>("nodes[0].id")));
        Assert.Null(data.Data<Named?>("nodes[1]"));
        Assert.Equal("Coalition", data.Data<string>("nodes[2].__typename"));
    }

    /// <summary>
    /// Visible and hidden records side by side; names say which is which. Each database gets fresh objects
    /// with the same keys, so the IDs the tests use hold for every provider.
    /// </summary>
    private sealed class TestNetwork
    {
        private readonly Guid openRightsLab = Guid.CreateVersion7();
        private readonly Guid caucasus = Guid.CreateVersion7();
        private readonly Dictionary<string, Guid> hiddenOrganisations = new()
        {
            ["draft-org"] = Guid.CreateVersion7(), ["archived-org"] = Guid.CreateVersion7(),
            ["partners-org"] = Guid.CreateVersion7(), ["staff-org"] = Guid.CreateVersion7(),
        };

        public string VisibleOrganisationId => GlobalId.Encode("Organisation", openRightsLab.ToString("N"));
        public string VisibleCoalitionId => GlobalId.Encode("Coalition", caucasus.ToString("N"));

        public List<(string Slug, string Id)> Hidden =>
            [.. hiddenOrganisations.Select(pair => (pair.Key, GlobalId.Encode("Organisation", pair.Value.ToString("N"))))];

        public void AddTo(NetworkGraphDbContext db)
        {
            var orl = Organisation("Open Rights Lab");
            orl.Id = openRightsLab;
            var legalClinic = Organisation("Tbilisi Legal Clinic");
            var draft = Hide(Organisation("Draft Org", status: ContentStatus.Draft));
            var archived = Hide(Organisation("Archived Org", status: ContentStatus.Archived));
            var partnersOnly = Hide(Organisation("Partners Org", visibility: Visibility.Partners));
            var staffOnly = Hide(Organisation("Staff Org", visibility: Visibility.Staff));
            var caucasusCoalition = Coalition("Caucasus Rights Coalition");
            caucasusCoalition.Id = caucasus;
            var fairCourts = Coalition("Fair Courts Alliance");
            var secret = Coalition("Secret Coalition", status: ContentStatus.Draft);
            var repeal = Goal("Repeal foreign agent laws");
            var draftGoal = Goal("Unannounced goal", status: ContentStatus.Draft);
            var nadia = Defender("Nadia K.");
            var ani = Defender("Ani M.", RiskLevel.Elevated);
            var highRisk = Defender("High Risk H.", RiskLevel.High);
            var critical = Defender("Critical C.", RiskLevel.Critical);
            var noConsent = Defender("No Consent N.", consent: false);
            var draftDefender = Defender("Draft D.", status: ContentStatus.Draft);

            db.AddRange(orl, legalClinic, draft, archived, partnersOnly, staffOnly);
            db.AddRange(caucasusCoalition, fairCourts, secret, repeal, draftGoal);
            db.AddRange(nadia, ani, highRisk, critical, noConsent, draftDefender);
            db.AddRange(
                Member(caucasusCoalition, orl), Member(caucasusCoalition, legalClinic), Member(caucasusCoalition, draft),
                Member(caucasusCoalition, partnersOnly), Member(caucasusCoalition, staffOnly), Member(secret, orl),
                Member(fairCourts, orl, Visibility.Staff),
                Member(caucasusCoalition, ani), Member(caucasusCoalition, highRisk), Member(caucasusCoalition, noConsent),
                Supports(caucasusCoalition, repeal), Supports(caucasusCoalition, draftGoal),
                Affiliated(nadia, orl), Affiliated(highRisk, orl), Affiliated(critical, orl),
                Affiliated(noConsent, orl), Affiliated(draftDefender, orl),
                Partners(orl, legalClinic), Partners(draft, orl), Partners(orl, staffOnly));
        }

        private NetworkGraph.Data.Organisations.Organisation Hide(NetworkGraph.Data.Organisations.Organisation organisation)
        {
            organisation.Id = hiddenOrganisations[organisation.Slug];
            return organisation;
        }
    }
}
