using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Curation;

/// <summary>Drafts and publishing: readers see the published version while curators prepare the next one.</summary>
public sealed class PublishingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Fields = "organisation { id name version status themes { code } draft { number snapshot } } errors { code }";

    private static async Task<JsonNode> Mutate(HttpClient client, string name, string inputType, object input)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query = $"mutation ($input: {inputType}!) {{ {name}(input: $input) {{ {Fields} }} }}", variables = new { input } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        var payload = body["data"]![name]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["organisation"]!;
    }

    private static async Task<JsonNode?> Public(NetworkGraphApp app, string slug) =>
        (await app.DataAsync("query ($slug: String!) { organisation(slug: $slug) { name themes { code } draft { number } } }", new { slug }))["organisation"];

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Readers_see_the_published_version_until_the_next_one_is_published(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"publishing-flow-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug, name = "First Name", kind = "NGO", headquartersCountry = "MD", themes = new[] { "civic-space" } });
        var id = created["id"]!.GetValue<string>();
        Assert.Null(await Public(app, slug));

        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        Assert.Equal("First Name", (await Public(app, slug))!["name"]!.GetValue<string>());

        var edited = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = published["version"]!.GetValue<int>(), name = "Second Name", themes = new[] { "rule-of-law" } });
        Assert.Equal("First Name", edited["name"]!.GetValue<string>());
        Assert.Contains("Second Name", edited["draft"]!["snapshot"]!.GetValue<string>());
        var reader = (await Public(app, slug))!;
        Assert.Equal("First Name", reader["name"]!.GetValue<string>());
        Assert.Equal(["civic-space"], reader["themes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        Assert.Null(reader["draft"]);

        var again = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = edited["version"]!.GetValue<int>(), acronym = "SN" });
        Assert.Contains("Second Name", again["draft"]!["snapshot"]!.GetValue<string>());

        var republished = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = again["version"]!.GetValue<int>() });
        Assert.Null(republished["draft"]);
        reader = (await Public(app, slug))!;
        Assert.Equal("Second Name", reader["name"]!.GetValue<string>());
        Assert.Equal(["rule-of-law"], reader["themes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Search_finds_what_readers_may_see_after_each_change(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var word = $"zephyrine{provider}".ToLowerInvariant();
        async Task<int> Found(HttpClient client, string text)
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = "query ($text: String!) { search(text: $text) { totalCount } }", variables = new { text } });
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["search"]!["totalCount"]!.GetValue<int>();
        }

        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug = $"searchable-{provider}".ToLowerInvariant(), name = $"{word} Rights Centre", kind = "NGO", headquartersCountry = "GE" });
        var id = created["id"]!.GetValue<string>();
        var anonymous = app.CreateClient();
        Assert.Equal(1, await Found(curator, word));
        Assert.Equal(0, await Found(anonymous, word));

        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal(1, await Found(anonymous, word));

        var renamed = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = published["version"]!.GetValue<int>(), name = $"{word}x Renamed Centre" });
        Assert.Equal(0, await Found(anonymous, "renamed"));
        await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = renamed["version"]!.GetValue<int>() });
        Assert.Equal(1, await Found(anonymous, "renamed"));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Unpublishing_hides_the_record_and_keeps_its_latest_changes(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"unpublishing-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput", new { slug, name = "Visible", kind = "MEDIA", headquartersCountry = "AZ" });
        var id = created["id"]!.GetValue<string>();
        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = 1 });
        var edited = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput", new { id, expectedVersion = published["version"]!.GetValue<int>(), name = "Renamed" });
        var unpublished = await Mutate(curator, "unpublishOrganisation", "RecordVersionInput", new { id, expectedVersion = edited["version"]!.GetValue<int>() });
        Assert.Equal("DRAFT", unpublished["status"]!.GetValue<string>());
        Assert.Equal("Renamed", unpublished["name"]!.GetValue<string>());
        Assert.Null(await Public(app, slug));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Publishing_a_version_that_is_no_longer_current_is_a_conflict(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"stale-publish-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput", new { slug, name = "Stale", kind = "NGO", headquartersCountry = "KZ" });
        var id = created["id"]!.GetValue<string>();
        await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput", new { id, expectedVersion = 1, name = "Fresh" });
        var response = await curator.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($input: RecordVersionInput!) { publishOrganisation(input: $input) { organisation { id } errors { code } } }",
            variables = new { input = new { id, expectedVersion = 1 } },
        });
        var payload = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["publishOrganisation"]!;
        Assert.Equal("CONFLICT", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(await Public(app, slug));
    }
}
