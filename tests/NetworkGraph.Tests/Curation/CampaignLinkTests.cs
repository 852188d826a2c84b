using System.Text.Json.Nodes;
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

    private static Task<JsonNode> Mutate(HttpClient client, string name, string inputType, object input) => MutateAsync(client, name, inputType, Selection, input);

    private static Task<JsonNode> Changed(HttpClient client, string name, string inputType, object input) =>
        ChangedAsync(client, name, inputType, Selection, input, "campaign");

    /// <summary>The IDs of a linked list, comma-separated.</summary>
    private static string Ids(JsonNode campaign, string list) => string.Join(",", campaign[list]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_campaign_links_records_by_id_keeps_them_through_a_draft_and_refuses_an_id_of_another_type(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var linked = await app.DataAsync("""{ advocacyGoal(slug: "linked-goal") { id } coalition(slug: "linked-coalition") { id } defender(slug: "linked-defender") { id } }""");
        var (goal, coalition, defender) = (linked["advocacyGoal"]!["id"]!.GetValue<string>(), linked["coalition"]!["id"]!.GetValue<string>(), linked["defender"]!["id"]!.GetValue<string>());

        var created = await Changed(curator, "createCampaign", "CreateCampaignInput", new
        {
            slug = $"linked-{provider}".ToLowerInvariant(), title = "Stand with them", goals = new[] { goal }, coalitions = new[] { coalition }, defenders = new[] { defender },
        });
        Assert.Equal((goal, coalition, defender), (Ids(created, "goals"), Ids(created, "coalitions"), Ids(created, "defenders")));
        var id = created["id"]!.GetValue<string>();

        var published = await Changed(curator, "publishCampaign", "RecordVersionInput", new { id, expectedVersion = 1 });
        var draft = await Changed(curator, "updateCampaign", "UpdateCampaignInput", new { id, expectedVersion = published["version"]!.GetValue<int>(), coalitions = Array.Empty<string>() });
        Assert.Equal(coalition, Ids(draft, "coalitions"));
        var republished = await Changed(curator, "publishCampaign", "RecordVersionInput", new { id, expectedVersion = draft["version"]!.GetValue<int>() });
        Assert.Equal((goal, "", defender), (Ids(republished, "goals"), Ids(republished, "coalitions"), Ids(republished, "defenders")));

        var foreign = new { id, expectedVersion = republished["version"]!.GetValue<int>(), goals = new[] { coalition } };
        AssertValidationError(await NothingWrittenAsync(() => CountsAsync<Campaign>(app), () => Mutate(curator, "updateCampaign", "UpdateCampaignInput", foreign)), "goals");
    }
}
