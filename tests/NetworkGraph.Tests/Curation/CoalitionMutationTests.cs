using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>The coalition mutations, made by the same code as the organisation ones: the happy path and every error kind.</summary>
public sealed class CoalitionMutationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Payload = """
        coalition { id slug name version status foundedOn dissolvedOn themes { code } draft { number snapshot } translations { field locale text } }
        errors { __typename code message path ... on DuplicateSlugError { slug } ... on ConflictError { currentVersion } }
        """;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.Add(Coalition("Published Alliance"))));

    private static object NewCoalition(string slug, object? extra = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["slug"] = slug, ["name"] = $"Coalition {slug}", ["purpose"] = "Working together.", ["foundedOn"] = "2010-05-01",
            ["themes"] = new[] { "civic-space" },
        };
        foreach (var property in extra?.GetType().GetProperties() ?? []) input[property.Name] = property.GetValue(extra);
        return input;
    }

    private sealed record CuratedCoalition(string Id, string Slug, string Name, int Version, string Status, string? FoundedOn, string? DissolvedOn,
        Coded[] Themes, Draft? Draft, Translation[] Translations);

    private sealed record PublicCoalition(string Name, string Purpose);

    private static Task<MutationPayload> Mutate(GraphQLClient client, string name, string inputType, object input) =>
        client.MutateAsync(name, inputType, Payload, input);

    private static Task<CuratedCoalition> Changed(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<CuratedCoalition>(client, name, inputType, Payload, input, "coalition");

    private static Task<MutationPayload> Create(GraphQLClient client, object input) => Mutate(client, "createCoalition", "CreateCoalitionInput", input);

    private static Task<(int Records, int Revisions, int AuditEvents)> Counts(NetworkGraphApp app) => CountsAsync<Coalition>(app);

    private static async Task<PublicCoalition?> Public(NetworkGraphApp app, string id) =>
        (await app.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Coalition { name purpose(locale: \"uk\") } } }", new { id }))
            .AssertNoErrors().Data<PublicCoalition?>("node");

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_curator_creates_edits_translates_publishes_and_archives_a_coalition(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var slug = $"created-{provider}".ToLowerInvariant();
        var coalition = (await Create(curator, NewCoalition(slug))).AssertNoErrors().Data<CuratedCoalition>("coalition");
        var id = coalition.Id;
        Assert.Equal(("DRAFT", "2010-05-01", 1), (coalition.Status, coalition.FoundedOn, coalition.Version));
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await Counts(app));
        Assert.Null(await Public(app, id));

        var published = await Changed(curator, "publishCoalition", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published.Status);
        var edited = await Changed(curator, "updateCoalition", "UpdateCoalitionInput",
            new { id, expectedVersion = published.Version, name = "Renamed", dissolvedOn = "2020-01-31" });
        Assert.Contains("Renamed", edited.Draft!.Snapshot);
        Assert.Equal($"Coalition {slug}", (await Public(app, id))!.Name);

        var translated = await Changed(curator, "setCoalitionTranslation", "TranslationInput",
            new { id, expectedVersion = edited.Version, field = "purpose", locale = "uk", text = "Працюємо разом." });
        Assert.Empty(translated.Translations);
        Assert.Equal("Працюємо разом.", PendingTranslation(translated.Draft!, "purpose@uk"));
        var republished = await Changed(curator, "publishCoalition", "RecordVersionInput", new { id, expectedVersion = translated.Version });
        Assert.Equal(("2020-01-31", null), (republished.DissolvedOn, republished.Draft));
        Assert.Equal(new PublicCoalition("Renamed", "Працюємо разом."), await Public(app, id));

        await Changed(curator, "archiveCoalition", "RecordVersionInput", new { id, expectedVersion = republished.Version });
        Assert.Null(await Public(app, id));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = GlobalId.DecodeGuid(id, "Coalition");
        Assert.Equal(["coalition.create", "coalition.publish", "coalition.update", "coalition.translate", "coalition.publish", "coalition.archive"],
            await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(app.AnonymousClient(), NewCoalition("anonymous-try"));
        Assert.Equal(("NOT_ALLOWED", "NotAllowedError"), (payload.Error.Code, payload.Data<string>("errors[0].__typename")));
        Assert.Null(payload.Data<CuratedCoalition?>("coalition"));
        Assert.Equal(before, await Counts(app));
    }

    public static TheoryData<DatabaseProvider, string, object, string> InvalidInputs()
    {
        var cases = new TheoryData<DatabaseProvider, string, object, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL }.Where(TestDatabase.IsConfigured))
        {
            cases.Add(provider, "dissolved", new { dissolvedOn = "2009-12-31" }, "dissolvedOn");
            cases.Add(provider, "slug", new { slug = "Not A Slug" }, "slug");
            cases.Add(provider, "theme", new { themes = new[] { "no-such-theme" } }, "themes");
            cases.Add(provider, "locale", new { defaultLocale = "not a locale" }, "defaultLocale");
            cases.Add(provider, "name", new { name = "" }, "name");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_gets_a_validation_error_with_its_path_and_nothing_is_written(DatabaseProvider provider, string caseName, object extra, string field)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewCoalition($"invalid-{caseName}", extra));
        AssertValidationError(payload, field);
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewCoalition("published-alliance"));
        Assert.Equal(("DUPLICATE_SLUG", "published-alliance"), (payload.Error.Code, payload.Data<string>("errors[0].slug")));
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_gets_a_conflict_and_a_dissolution_before_the_founding_a_validation_error(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var id = (await Create(curator, NewCoalition($"contested-{provider}".ToLowerInvariant()))).AssertNoErrors().Data<string>("coalition.id");
        await Changed(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 1, name = "First curator's name" });

        var before = await Counts(app);
        var stale = await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 1, name = "Second curator's name" });
        Assert.Equal(("CONFLICT", 2), (stale.Error.Code, stale.Data<int>("errors[0].currentVersion")));
        var backwards = await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 2, foundedOn = "2030-01-01", dissolvedOn = "2029-01-01" });
        AssertValidationError(backwards, "dissolvedOn");
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_unknown_or_foreign_id_changes_nothing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var missing = GlobalId.Encode("Coalition", Guid.CreateVersion7().ToString("N"));
        Assert.Equal(["NOT_FOUND"], (await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id = missing, expectedVersion = 1, name = "x" })).ErrorCodes);
        var organisationId = GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N"));
        Assert.Equal(["VALIDATION"], (await Mutate(curator, "publishCoalition", "RecordVersionInput", new { id = organisationId, expectedVersion = 1 })).ErrorCodes);
        Assert.Equal(before, await Counts(app));
    }
}
