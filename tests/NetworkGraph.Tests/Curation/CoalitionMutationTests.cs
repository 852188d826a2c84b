using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Data.Coalitions;
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

    private static Task<JsonNode> Mutate(HttpClient client, string name, string inputType, object input) =>
        PayloadAsync(client, $"mutation ($input: {inputType}!) {{ {name}(input: $input) {{ {Payload} }} }}", input, name);

    private static async Task<JsonNode> Changed(HttpClient client, string name, string inputType, object input)
    {
        var payload = await Mutate(client, name, inputType, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["coalition"]!;
    }

    private static Task<JsonNode> Create(HttpClient client, object input) => Mutate(client, "createCoalition", "CreateCoalitionInput", input);

    private static Task<(int Records, int Revisions, int AuditEvents)> Counts(NetworkGraphApp app) => CountsAsync<Coalition>(app);

    private static async Task<JsonNode?> Public(NetworkGraphApp app, string id) =>
        (await app.DataAsync("query ($id: ID!) { node(id: $id) { ... on Coalition { name purpose(locale: \"uk\") } } }", new { id }))["node"];

    private static int Version(JsonNode coalition) => coalition["version"]!.GetValue<int>();

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_curator_creates_edits_translates_publishes_and_archives_a_coalition(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var slug = $"created-{provider}".ToLowerInvariant();
        var created = await Create(curator, NewCoalition(slug));
        Assert.Empty(created["errors"]!.AsArray());
        var coalition = created["coalition"]!;
        var id = coalition["id"]!.GetValue<string>();
        Assert.Equal(("DRAFT", "2010-05-01", 1), (coalition["status"]!.GetValue<string>(), coalition["foundedOn"]!.GetValue<string>(), Version(coalition)));
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await Counts(app));
        Assert.Null(await Public(app, id));

        var published = await Changed(curator, "publishCoalition", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        var edited = await Changed(curator, "updateCoalition", "UpdateCoalitionInput",
            new { id, expectedVersion = Version(published), name = "Renamed", dissolvedOn = "2020-01-31" });
        Assert.Contains("Renamed", edited["draft"]!["snapshot"]!.GetValue<string>());
        Assert.Equal($"Coalition {slug}", (await Public(app, id))!["name"]!.GetValue<string>());

        var translated = await Changed(curator, "setCoalitionTranslation", "TranslationInput",
            new { id, expectedVersion = Version(edited), field = "purpose", locale = "uk", text = "Працюємо разом." });
        Assert.Empty(translated["translations"]!.AsArray());
        Assert.Equal("Працюємо разом.", PendingTranslation(translated, "purpose@uk"));
        var republished = await Changed(curator, "publishCoalition", "RecordVersionInput", new { id, expectedVersion = Version(translated) });
        Assert.Equal(("2020-01-31", null), (republished["dissolvedOn"]!.GetValue<string>(), republished["draft"]));
        var reader = (await Public(app, id))!;
        Assert.Equal(("Renamed", "Працюємо разом."), (reader["name"]!.GetValue<string>(), reader["purpose"]!.GetValue<string>()));

        await Changed(curator, "archiveCoalition", "RecordVersionInput", new { id, expectedVersion = Version(republished) });
        Assert.Null(await Public(app, id));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = GlobalId.DecodeGuid(id, "Coalition");
        Assert.Equal(["coalition.create", "coalition.publish", "coalition.update", "coalition.translate", "coalition.publish", "coalition.archive"],
            await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(app.CreateClient(), NewCoalition("anonymous-try"));
        Assert.Equal(("NOT_ALLOWED", "NotAllowedError"), (Code(payload), payload["errors"]![0]!["__typename"]!.GetValue<string>()));
        Assert.Null(payload["coalition"]);
        Assert.Equal(before, await Counts(app));
    }

    public static TheoryData<DatabaseProvider, string, object, string> InvalidInputs()
    {
        var cases = new TheoryData<DatabaseProvider, string, object, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL })
        {
            cases.Add(provider, "dissolved", new { dissolvedOn = "2009-12-31" }, "dissolvedOn");
            cases.Add(provider, "slug", new { slug = "Not A Slug" }, "slug");
            cases.Add(provider, "theme", new { themes = new[] { "no-such-theme" } }, "themes");
            cases.Add(provider, "locale", new { defaultLocale = "not a locale" }, "defaultLocale");
            cases.Add(provider, "name", new { name = "" }, "name");
        }
        return cases;
    }

    [SkippableTheory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_gets_a_validation_error_with_its_path_and_nothing_is_written(DatabaseProvider provider, string caseName, object extra, string field)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewCoalition($"invalid-{caseName}", extra));
        AssertValidationError(payload, field);
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewCoalition("published-alliance"));
        Assert.Equal(("DUPLICATE_SLUG", "published-alliance"), (Code(payload), payload["errors"]![0]!["slug"]!.GetValue<string>()));
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_gets_a_conflict_and_a_dissolution_before_the_founding_a_validation_error(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var id = (await Create(curator, NewCoalition($"contested-{provider}".ToLowerInvariant())))["coalition"]!["id"]!.GetValue<string>();
        await Changed(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 1, name = "First curator's name" });

        var before = await Counts(app);
        var stale = await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 1, name = "Second curator's name" });
        Assert.Equal(("CONFLICT", 2), (Code(stale), stale["errors"]![0]!["currentVersion"]!.GetValue<int>()));
        var backwards = await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id, expectedVersion = 2, foundedOn = "2030-01-01", dissolvedOn = "2029-01-01" });
        Assert.Equal(["input", "dissolvedOn"], backwards["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_unknown_or_foreign_id_changes_nothing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var missing = GlobalId.Encode("Coalition", Guid.CreateVersion7().ToString("N"));
        Assert.Equal("NOT_FOUND", Code(await Mutate(curator, "updateCoalition", "UpdateCoalitionInput", new { id = missing, expectedVersion = 1, name = "x" })));
        var organisationId = GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N"));
        Assert.Equal("VALIDATION", Code(await Mutate(curator, "publishCoalition", "RecordVersionInput", new { id = organisationId, expectedVersion = 1 })));
        Assert.Equal(before, await Counts(app));
    }
}
