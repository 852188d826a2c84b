using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace NetworkGraph.Tests.Curation;

/// <summary>Revisions: the history of an organisation, the difference of two saves, and restoring an earlier one.</summary>
public sealed class RevisionTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Payload = "organisation { id name acronym version status themes { code } } errors { __typename code message path ... on ConflictError { currentVersion } }";

    private const string History = """
        query ($id: ID!) {
          node(id: $id) { ... on Organisation { version revisions { totalCount nodes { id number author snapshot changes { field } } } } }
        }
        """;

    private const string Compare = "query ($from: ID!, $to: ID!) { compareRevisions(from: $from, to: $to) { field before after } }";

    private static async Task<JsonNode> Post(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> Mutate(HttpClient client, string name, string inputType, object input)
    {
        var body = await Post(client, $"mutation ($input: {inputType}!) {{ {name}(input: $input) {{ {Payload} }} }}", new { input });
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![name]!;
    }

    private static async Task<JsonNode> Changed(HttpClient client, string name, string inputType, object input)
    {
        var payload = await Mutate(client, name, inputType, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["organisation"]!;
    }

    private static int Version(JsonNode organisation) => organisation["version"]!.GetValue<int>();

    private static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    /// <summary>An organisation saved three times: created, renamed with new themes, then given an acronym.</summary>
    private static async Task<(string Id, int Version, JsonArray Revisions)> ThreeSaves(HttpClient curator, string slug)
    {
        var created = await Changed(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug, name = "Revision One", kind = "NGO", headquartersCountry = "GE", foundedYear = 2001, themes = new[] { "civic-space" } });
        var id = created["id"]!.GetValue<string>();
        var renamed = await Changed(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = Version(created), name = "Revision Two", themes = new[] { "rule-of-law", "civic-space" } });
        var last = await Changed(curator, "updateOrganisation", "UpdateOrganisationInput", new { id, expectedVersion = Version(renamed), acronym = "R3" });
        return (id, Version(last), await Revisions(curator, id));
    }

    private static async Task<JsonArray> Revisions(HttpClient client, string id)
    {
        var body = await Post(client, History, new { id });
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["node"]!["revisions"]!["nodes"]!.AsArray();
    }

    private static string Field(JsonArray revisions, int number, string field) =>
        revisions.Single(r => r!["number"]!.GetValue<int>() == number)![field]!.GetValue<string>();

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Restoring_a_revision_saves_its_content_as_a_new_revision_that_publishes(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"revision-round-trip-{provider}".ToLowerInvariant();
        var (id, version, revisions) = await ThreeSaves(curator, slug);
        Assert.Equal([3, 2, 1], revisions.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(["acronym"], revisions[0]!["changes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()));

        var restored = await Changed(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Field(revisions, 1, "id"), expectedVersion = version });
        Assert.Equal(("Revision One", null), (restored["name"]!.GetValue<string>(), restored["acronym"]?.GetValue<string>()));
        var published = await Changed(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = Version(restored) });

        var after = await Revisions(curator, id);
        Assert.Equal([4, 3, 2, 1], after.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(Field(after, 1, "snapshot"), Field(after, 4, "snapshot"));
        var reader = (await app.DataAsync("query ($slug: String!) { organisation(slug: $slug) { name acronym foundedYear themes { code } revisions { totalCount nodes { id } } } }",
            new { slug }))["organisation"]!;
        Assert.Equal(("Revision One", null, 2001), (reader["name"]!.GetValue<string>(), reader["acronym"]?.GetValue<string>(), reader["foundedYear"]!.GetValue<int>()));
        Assert.Equal(["civic-space"], reader["themes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        Assert.Equal(0, reader["revisions"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(reader["revisions"]!["nodes"]!.AsArray());
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Restoring_on_a_published_organisation_makes_a_draft(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (id, version, revisions) = await ThreeSaves(curator, $"revision-draft-{provider}".ToLowerInvariant());
        var published = await Changed(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = version });
        var restored = await Changed(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Field(revisions, 1, "id"), expectedVersion = Version(published) });
        Assert.Equal(("Revision Two", "R3"), (restored["name"]!.GetValue<string>(), restored["acronym"]!.GetValue<string>()));
        var draft = (await Post(curator, "query ($id: ID!) { node(id: $id) { ... on Organisation { draft { number snapshot } } } }", new { id }))["data"]!["node"]!["draft"]!;
        Assert.Equal(4, draft["number"]!.GetValue<int>());
        Assert.Equal(Field(revisions, 1, "snapshot").Replace("\"Draft\"", "\"Published\""), draft["snapshot"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Comparing_two_revisions_gives_the_fields_that_differ(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (_, _, revisions) = await ThreeSaves(curator, $"revision-compare-{provider}".ToLowerInvariant());
        var body = await Post(curator, Compare, new { from = Field(revisions, 1, "id"), to = Field(revisions, 3, "id") });
        Assert.True(body["errors"] is null, body.ToJsonString());
        Snapshot.Match(body["data"]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Only_curators_compare_and_only_revisions_of_one_record(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (_, _, first) = await ThreeSaves(curator, $"revision-access-a-{provider}".ToLowerInvariant());
        var (_, _, second) = await ThreeSaves(curator, $"revision-access-b-{provider}".ToLowerInvariant());
        var ids = new { from = Field(first, 1, "id"), to = Field(first, 2, "id") };

        var anonymous = await app.QueryAsync(Compare, ids);
        Assert.Equal("NOT_ALLOWED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(anonymous["data"]);
        var partner = await Post(await app.KeyClientAsync(Role.Partner), Compare, ids);
        Assert.Equal("NOT_ALLOWED", partner["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var mixed = await Post(curator, Compare, new { from = Field(first, 1, "id"), to = Field(second, 2, "id") });
        Assert.Equal("INVALID_ARGUMENT", mixed["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_or_an_unknown_revision_restores_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (id, version, revisions) = await ThreeSaves(curator, $"revision-errors-{provider}".ToLowerInvariant());

        var stale = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Field(revisions, 1, "id"), expectedVersion = version - 1 });
        Assert.Equal("CONFLICT", Code(stale));
        Assert.Equal(version, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());

        var unknown = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput",
            new { id = GlobalId.Encode("Revision", Guid.NewGuid().ToString("N")), expectedVersion = version });
        Assert.Equal(("NOT_FOUND", "NotFoundError"), (Code(unknown), unknown["errors"]![0]!["__typename"]!.GetValue<string>()));
        var notRevision = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id, expectedVersion = version });
        Assert.Equal("VALIDATION", Code(notRevision));
        var anonymous = await Mutate(app.CreateClient(), "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Field(revisions, 1, "id"), expectedVersion = version });
        Assert.Equal("NOT_ALLOWED", Code(anonymous));

        Assert.Equal(3, (await Revisions(curator, id)).Count);
    }
}
