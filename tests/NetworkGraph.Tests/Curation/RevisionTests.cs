using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static NetworkGraph.Tests.Curation.MutationChecks;

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

    private sealed record CuratedOrganisation(string Id, string Name, string? Acronym, int Version, string Status);

    private sealed record Revision(string Id, int Number, string Author, string Snapshot, Change[] Changes);

    private sealed record Change(string Field);

    private sealed record PublicOrganisation(string Name, string? Acronym, int FoundedYear, Coded[] Themes, Connection<Identified> Revisions);

    private static Task<MutationPayload> Mutate(GraphQLClient client, string name, string inputType, object input) =>
        client.MutateAsync(name, inputType, Payload, input);

    private static Task<CuratedOrganisation> Changed(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<CuratedOrganisation>(client, name, inputType, Payload, input, "organisation");

    /// <summary>An organisation saved three times: created, renamed with new themes, then given an acronym.</summary>
    private static async Task<(string Id, int Version, Revision[] Revisions)> ThreeSaves(GraphQLClient curator, string slug)
    {
        var created = await Changed(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug, name = "Revision One", kind = "NGO", headquartersCountry = "GE", foundedYear = 2001, themes = new[] { "civic-space" } });
        var renamed = await Changed(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id = created.Id, expectedVersion = created.Version, name = "Revision Two", themes = new[] { "rule-of-law", "civic-space" } });
        var last = await Changed(curator, "updateOrganisation", "UpdateOrganisationInput", new { id = created.Id, expectedVersion = renamed.Version, acronym = "R3" });
        return (created.Id, last.Version, await Revisions(curator, created.Id));
    }

    private static async Task<Revision[]> Revisions(GraphQLClient client, string id) =>
        (await client.QueryAsync(History, new { id })).AssertNoErrors().Data<Revision[]>("node.revisions.nodes");

    private static Revision Numbered(Revision[] revisions, int number) => revisions.Single(r => r.Number == number);

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Restoring_a_revision_saves_its_content_as_a_new_revision_that_publishes(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"revision-round-trip-{provider}".ToLowerInvariant();
        var (id, version, revisions) = await ThreeSaves(curator, slug);
        Assert.Equal([3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal([new Change("acronym")], revisions[0].Changes);

        var restored = await Changed(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Numbered(revisions, 1).Id, expectedVersion = version });
        Assert.Equal(("Revision One", null), (restored.Name, restored.Acronym));
        var published = await Changed(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = restored.Version });

        var after = await Revisions(curator, id);
        Assert.Equal([4, 3, 2, 1], after.Select(r => r.Number));
        Assert.Equal(Numbered(after, 1).Snapshot, Numbered(after, 4).Snapshot);
        var reader = (await app.QueryAsync("query ($slug: String!) { organisation(slug: $slug) { name acronym foundedYear themes { code } revisions { totalCount nodes { id } } } }",
            new { slug })).AssertNoErrors().Data<PublicOrganisation>("organisation");
        Assert.Equal(("Revision One", null, 2001), (reader.Name, reader.Acronym, reader.FoundedYear));
        Assert.Equal([new Coded("civic-space")], reader.Themes);
        Assert.Equal(0, reader.Revisions.TotalCount);
        Assert.Empty(reader.Revisions.Nodes);
        Assert.Equal("PUBLISHED", published.Status);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Restoring_on_a_published_organisation_makes_a_draft(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (id, version, revisions) = await ThreeSaves(curator, $"revision-draft-{provider}".ToLowerInvariant());
        var published = await Changed(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = version });
        var restored = await Changed(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Numbered(revisions, 1).Id, expectedVersion = published.Version });
        Assert.Equal(("Revision Two", "R3"), (restored.Name, restored.Acronym));
        var draft = (await curator.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Organisation { draft { number snapshot } } } }", new { id }))
            .AssertNoErrors().Data<Draft>("node.draft");
        Assert.Equal(new Draft(4, Numbered(revisions, 1).Snapshot.Replace("\"Draft\"", "\"Published\"")), draft);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Comparing_two_revisions_gives_the_fields_that_differ(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (_, _, revisions) = await ThreeSaves(curator, $"revision-compare-{provider}".ToLowerInvariant());
        var compared = (await curator.QueryAsync(Compare, new { from = Numbered(revisions, 1).Id, to = Numbered(revisions, 3).Id })).AssertNoErrors();
        Snapshot.Match(compared.Read<JsonNode>("data").ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Only_curators_compare_and_only_revisions_of_one_record(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (_, _, first) = await ThreeSaves(curator, $"revision-access-a-{provider}".ToLowerInvariant());
        var (_, _, second) = await ThreeSaves(curator, $"revision-access-b-{provider}".ToLowerInvariant());
        var ids = new { from = Numbered(first, 1).Id, to = Numbered(first, 2).Id };

        var anonymous = await app.QueryAsync(Compare, ids);
        Assert.Equal(["NOT_ALLOWED"], anonymous.ErrorCodes);
        Assert.False(anonymous.HasData);
        var partner = await (await app.KeyClientAsync(Role.Partner)).QueryAsync(Compare, ids);
        Assert.Equal(["NOT_ALLOWED"], partner.ErrorCodes);

        var mixed = await curator.QueryAsync(Compare, new { from = Numbered(first, 1).Id, to = Numbered(second, 2).Id });
        Assert.Equal(["INVALID_ARGUMENT"], mixed.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_or_an_unknown_revision_restores_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var (id, version, revisions) = await ThreeSaves(curator, $"revision-errors-{provider}".ToLowerInvariant());

        var stale = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Numbered(revisions, 1).Id, expectedVersion = version - 1 });
        Assert.Equal(("CONFLICT", version), (stale.Error.Code, stale.Data<int>("errors[0].currentVersion")));

        var unknown = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput",
            new { id = GlobalId.Encode("Revision", Guid.NewGuid().ToString("N")), expectedVersion = version });
        Assert.Equal(("NOT_FOUND", "NotFoundError"), (unknown.Error.Code, unknown.Data<string>("errors[0].__typename")));
        var notRevision = await Mutate(curator, "restoreOrganisationRevision", "RestoreRevisionInput", new { id, expectedVersion = version });
        Assert.Equal(["VALIDATION"], notRevision.ErrorCodes);
        var anonymous = await Mutate(app.AnonymousClient(), "restoreOrganisationRevision", "RestoreRevisionInput", new { id = Numbered(revisions, 1).Id, expectedVersion = version });
        Assert.Equal(["NOT_ALLOWED"], anonymous.ErrorCodes);

        Assert.Equal(3, (await Revisions(curator, id)).Length);
    }
}
