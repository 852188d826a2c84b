using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>Apps that take a request as large as a campaign body may be, so that the body's own limit is what refuses it.</summary>
public sealed class LongTextApps() : AppFixture(new Dictionary<string, string> { ["GraphQL:MaxRequestBytes"] = "300000" });

/// <summary>
/// The curation mutations of advocacy goals, events, defenders and campaigns, one theory per behaviour over every
/// provider and every type of <see cref="CuratedType.All"/>: a record's life from draft to archive, and each refusal,
/// after which nothing is written.
/// </summary>
public sealed class CuratedTypeMutationTests(LongTextApps apps) : IClassFixture<LongTextApps>
{
    private const string Errors = "errors { __typename code message path ... on DuplicateSlugError { slug } ... on ConflictError { currentVersion } }";

    public static TheoryData<DatabaseProvider, string> Types()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            foreach (var type in CuratedType.All.Keys) data.Add(provider, type);
        return data;
    }

    public static TheoryData<DatabaseProvider, string, string> InvalidInputs()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            foreach (var type in CuratedType.All.Values)
                foreach (var invalid in type.Invalid) data.Add(provider, type.Name, invalid.Name);
        return data;
    }

    private async Task<(CuratedType Type, NetworkGraphApp App)> Arrange(DatabaseProvider provider, string typeName) =>
        (CuratedType.All[typeName], await apps.For(provider, app => app.SeedAsync(db => db.AddRange(
            Goal("Published Goal"), Event("Published Event"), Defender("Published Defender"), Campaign("Published Campaign", "Sign the letter.")))));

    /// <summary>A mutation of the type, named with {0} for the type: ("update{0}", "Update{0}Input") is updateEvent(input: UpdateEventInput!).</summary>
    private static Task<JsonNode> Mutate(HttpClient client, CuratedType type, string name, string inputType, object input) =>
        MutateAsync(client, string.Format(name, type.Name), string.Format(inputType, type.Name), Selection(type), input);

    private static Task<JsonNode> Changed(HttpClient client, CuratedType type, string name, string inputType, object input) =>
        ChangedAsync(client, string.Format(name, type.Name), string.Format(inputType, type.Name), Selection(type), input, type.Field);

    private static string Selection(CuratedType type) =>
        $"{type.Field} {{ id version status {type.Updated} draft {{ snapshot }} translations {{ field locale text }} }} {Errors}";

    /// <summary>A mutation that must be refused: nothing is written, and the payload has no record.</summary>
    private static async Task<JsonNode> Refused(NetworkGraphApp app, CuratedType type, Func<Task<JsonNode>> mutation)
    {
        var payload = await NothingWrittenAsync(() => type.Counts(app), mutation);
        Assert.Null(payload[type.Field]);
        return payload;
    }

    private static Dictionary<string, object?> Update(CuratedType type, string id, int expectedVersion, string text) =>
        new() { ["id"] = id, ["expectedVersion"] = expectedVersion, [type.Updated] = text };

    /// <summary>The record as an anonymous reader sees it (null when hidden), with the localized field in Ukrainian.</summary>
    private static async Task<JsonNode?> Public(NetworkGraphApp app, CuratedType type, string id) =>
        (await app.DataAsync($"query ($id: ID!) {{ node(id: $id) {{ ... on {type.Name} {{ {type.Updated} {type.Localized}(locale: \"uk\") }} }} }}", new { id }))["node"];

    private static int Version(JsonNode record) => record["version"]!.GetValue<int>();

    private static string Slug(CuratedType type, string purpose, DatabaseProvider provider) => $"{purpose}-{type.Name}-{provider}".ToLowerInvariant();

    [SkippableTheory]
    [MemberData(nameof(Types))]
    public async Task A_curator_creates_publishes_edits_translates_republishes_and_archives_a_record(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var before = await type.Counts(app);
        var created = await Changed(curator, type, "create{0}", "Create{0}Input", type.Create(Slug(type, "lived", provider)));
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(("DRAFT", 1), (created["status"]!.GetValue<string>(), Version(created)));
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await type.Counts(app));
        Assert.Null(await Public(app, type, id));

        var published = await Changed(curator, type, "publish{0}", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        var edited = await Changed(curator, type, "update{0}", "Update{0}Input", Update(type, id, Version(published), "Renamed"));
        Assert.Contains("Renamed", edited["draft"]!["snapshot"]!.GetValue<string>());
        Assert.Equal(published[type.Updated]!.GetValue<string>(), (await Public(app, type, id))![type.Updated]!.GetValue<string>());

        var translated = await Changed(curator, type, "set{0}Translation", "TranslationInput",
            new { id, expectedVersion = Version(edited), field = type.Localized, locale = "uk", text = "Українською." });
        Assert.Empty(translated["translations"]!.AsArray());
        Assert.Equal("Українською.", PendingTranslation(translated, $"{type.Localized}@uk"));
        var republished = await Changed(curator, type, "publish{0}", "RecordVersionInput", new { id, expectedVersion = Version(translated) });
        Assert.Null(republished["draft"]);
        var reader = (await Public(app, type, id))!;
        Assert.Equal(("Renamed", "Українською."), (reader[type.Updated]!.GetValue<string>(), reader[type.Localized]!.GetValue<string>()));

        await Changed(curator, type, "archive{0}", "RecordVersionInput", new { id, expectedVersion = Version(republished) });
        Assert.Null(await Public(app, type, id));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = GlobalId.DecodeGuid(id, type.Name);
        Assert.Equal(new[] { "create", "publish", "update", "translate", "publish", "archive" }.Select(action => $"{type.Field}.{action}"),
            await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Types))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var payload = await Refused(app, type, () => Mutate(app.CreateClient(), type, "create{0}", "Create{0}Input", type.Create(Slug(type, "anonymous", provider))));
        Assert.Equal(("NOT_ALLOWED", "NotAllowedError"), (Code(payload), payload["errors"]![0]!["__typename"]!.GetValue<string>()));
    }

    [SkippableTheory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_gets_a_validation_error_with_its_path_and_nothing_is_written(DatabaseProvider provider, string typeName, string caseName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var invalid = type.Invalid.Single(i => i.Name == caseName);
        var curator = await app.CuratorClientAsync();
        var input = type.CreateWith(Slug(type, $"invalid-{caseName}", provider), invalid.Fields);
        AssertValidationError(await Refused(app, type, () => Mutate(curator, type, "create{0}", "Create{0}Input", input)), invalid.Path);
    }

    [SkippableTheory]
    [MemberData(nameof(Types))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var payload = await Refused(app, type, () => Mutate(curator, type, "create{0}", "Create{0}Input", type.Create(type.SeededSlug)));
        Assert.Equal(("DUPLICATE_SLUG", type.SeededSlug), (Code(payload), payload["errors"]![0]!["slug"]!.GetValue<string>()));
    }

    [SkippableTheory]
    [MemberData(nameof(Types))]
    public async Task A_stale_version_gets_a_conflict_with_the_current_version_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var id = (await Changed(curator, type, "create{0}", "Create{0}Input", type.Create(Slug(type, "contested", provider))))["id"]!.GetValue<string>();
        await Changed(curator, type, "update{0}", "Update{0}Input", Update(type, id, 1, "First"));
        var stale = await Refused(app, type, () => Mutate(curator, type, "update{0}", "Update{0}Input", Update(type, id, 1, "Second")));
        Assert.Equal(("CONFLICT", 2), (Code(stale), stale["errors"]![0]!["currentVersion"]!.GetValue<int>()));
    }

    [SkippableTheory]
    [MemberData(nameof(Types))]
    public async Task An_unknown_id_is_not_found_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var missing = await Refused(app, type, () => Mutate(curator, type, "publish{0}", "RecordVersionInput", new { id = CuratedType.NewId(type.Name), expectedVersion = 1 }));
        Assert.Equal(("NOT_FOUND", "NotFoundError"), (Code(missing), missing["errors"]![0]!["__typename"]!.GetValue<string>()));
    }
}
