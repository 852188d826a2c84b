using NetworkGraph.Data;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>A campaign links the goals, coalitions and defenders it names by their IDs, through drafts and publishing.</summary>
public sealed class CampaignLinkTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Selection = """
        campaign { id version goals { nodes { id } } coalitions { nodes { id } } defenders { nodes { id } } }
        errors { __typename code message path }
        """;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.AddRange(Goal("Linked Goal"), Coalition("Linked Coalition"), Defender("Linked Defender"))));

    private sealed record LinkedCampaign(string Id, int Version, Connection<Identified> Goals, Connection<Identified> Coalitions, Connection<Identified> Defenders);

    private static Task<MutationPayload> Mutate(GraphQLClient client, string name, string inputType, object input) => client.MutateAsync(name, inputType, Selection, input);

    private static Task<LinkedCampaign> Changed(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<LinkedCampaign>(client, name, inputType, Selection, input, "campaign");

    /// <summary>The IDs of a linked list, comma-separated.</summary>
    private static string Ids(Connection<Identified> linked) => string.Join(",", linked.Nodes.Select(n => n.Id));

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_campaign_links_records_by_id_keeps_them_through_a_draft_and_refuses_an_id_of_another_type(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var linked = (await app.QueryAsync("""{ advocacyGoal(slug: "linked-goal") { id } coalition(slug: "linked-coalition") { id } defender(slug: "linked-defender") { id } }""")).AssertNoErrors();
        var (goal, coalition, defender) = (linked.Data<string>("advocacyGoal.id"), linked.Data<string>("coalition.id"), linked.Data<string>("defender.id"));

        var created = await Changed(curator, "createCampaign", "CreateCampaignInput", new
        {
            slug = $"linked-{provider}".ToLowerInvariant(), title = "Stand with them", goals = new[] { goal }, coalitions = new[] { coalition }, defenders = new[] { defender },
        });
        Assert.Equal((goal, coalition, defender), (Ids(created.Goals), Ids(created.Coalitions), Ids(created.Defenders)));
        var id = created.Id;

        var published = await Changed(curator, "publishCampaign", "RecordVersionInput", new { id, expectedVersion = 1 });
        var draft = await Changed(curator, "updateCampaign", "UpdateCampaignInput", new { id, expectedVersion = published.Version, coalitions = Array.Empty<string>() });
        Assert.Equal(coalition, Ids(draft.Coalitions));
        var republished = await Changed(curator, "publishCampaign", "RecordVersionInput", new { id, expectedVersion = draft.Version });
        Assert.Equal((goal, "", defender), (Ids(republished.Goals), Ids(republished.Coalitions), Ids(republished.Defenders)));

        var foreign = new { id, expectedVersion = republished.Version, goals = new[] { coalition } };
        AssertValidationError(await NothingWrittenAsync(() => CountsAsync<Campaign>(app), () => Mutate(curator, "updateCampaign", "UpdateCampaignInput", foreign)), "goals");
    }
}
