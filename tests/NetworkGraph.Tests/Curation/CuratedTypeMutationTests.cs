using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.Relay;
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
        foreach (var provider in TestDatabase.Configured)
            foreach (var type in CuratedType.All.Keys) data.Add(provider, type);
        return data;
    }

    public static TheoryData<DatabaseProvider, string, string> InvalidInputs()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in TestDatabase.Configured)
            foreach (var type in CuratedType.All.Values)
                foreach (var invalid in type.Invalid) data.Add(provider, type.Name, invalid.Name);
        return data;
    }

    private async Task<(CuratedType Type, NetworkGraphApp App)> Arrange(DatabaseProvider provider, string typeName) =>
        (CuratedType.All[typeName], await apps.For(provider, app => app.SeedAsync(db => db.AddRange(
            Goal("Published Goal"), Event("Published Event"), Defender("Published Defender"), Campaign("Published Campaign", "Sign the letter.")))));

    /// <summary>A record of any curated type, its <see cref="CuratedType.Updated"/> field selected as "updated".</summary>
    private sealed record Curated(string Id, int Version, string Status, string Updated, Draft? Draft, Translation[] Translations);

    /// <summary>A record as readers see it: <see cref="CuratedType.Updated"/>, and <see cref="CuratedType.Localized"/> in Ukrainian.</summary>
    private sealed record Read(string Updated, string Localized);

    /// <summary>A mutation of the type, named with {0} for the type: ("update{0}", "Update{0}Input") is updateEvent(input: UpdateEventInput!).</summary>
    private static Task<MutationPayload> Mutate(GraphQLClient client, CuratedType type, string name, string inputType, object input) =>
        client.MutateAsync(string.Format(name, type.Name), string.Format(inputType, type.Name), Selection(type), input);

    private static Task<Curated> Changed(GraphQLClient client, CuratedType type, string name, string inputType, object input) =>
        ChangedAsync<Curated>(client, string.Format(name, type.Name), string.Format(inputType, type.Name), Selection(type), input, type.Field);

    private static string Selection(CuratedType type) =>
        $"{type.Field} {{ id version status updated: {type.Updated} draft {{ snapshot }} translations {{ field locale text }} }} {Errors}";

    /// <summary>A mutation that must be refused: nothing is written, and the payload has no record.</summary>
    private static async Task<MutationPayload> Refused(NetworkGraphApp app, CuratedType type, Func<Task<MutationPayload>> mutation)
    {
        var payload = await NothingWrittenAsync(() => type.Counts(app), mutation);
        Assert.Null(payload.Data<Curated?>(type.Field));
        return payload;
    }

    private static Dictionary<string, object?> Update(CuratedType type, string id, int expectedVersion, string text) =>
        new() { ["id"] = id, ["expectedVersion"] = expectedVersion, [type.Updated] = text };

    /// <summary>The record as an anonymous reader sees it (null when hidden).</summary>
    private static async Task<Read?> Public(NetworkGraphApp app, CuratedType type, string id) =>
        (await app.QueryAsync($"query ($id: ID!) {{ node(id: $id) {{ ... on {type.Name} {{ updated: {type.Updated} localized: {type.Localized}(locale: \"uk\") }} }} }}", new { id }))
            .AssertNoErrors().Data<Read?>("node");

    private static string Slug(CuratedType type, string purpose, DatabaseProvider provider) => $"{purpose}-{type.Name}-{provider}".ToLowerInvariant();

    [Theory]
    [MemberData(nameof(Types))]
    public async Task A_curator_creates_publishes_edits_translates_republishes_and_archives_a_record(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var before = await type.Counts(app);
        var created = await Changed(curator, type, "create{0}", "Create{0}Input", type.Create(Slug(type, "lived", provider)));
        var id = created.Id;
        Assert.Equal(("DRAFT", 1), (created.Status, created.Version));
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await type.Counts(app));
        Assert.Null(await Public(app, type, id));

        var published = await Changed(curator, type, "publish{0}", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published.Status);
        var edited = await Changed(curator, type, "update{0}", "Update{0}Input", Update(type, id, published.Version, "Renamed"));
        Assert.Contains("Renamed", edited.Draft!.Snapshot);
        Assert.Equal(published.Updated, (await Public(app, type, id))!.Updated);

        var translated = await Changed(curator, type, "set{0}Translation", "TranslationInput",
            new { id, expectedVersion = edited.Version, field = type.Localized, locale = "uk", text = "Українською." });
        Assert.Empty(translated.Translations);
        Assert.Equal("Українською.", PendingTranslation(translated.Draft!, $"{type.Localized}@uk"));
        var republished = await Changed(curator, type, "publish{0}", "RecordVersionInput", new { id, expectedVersion = translated.Version });
        Assert.Null(republished.Draft);
        Assert.Equal(new Read("Renamed", "Українською."), await Public(app, type, id));

        await Changed(curator, type, "archive{0}", "RecordVersionInput", new { id, expectedVersion = republished.Version });
        Assert.Null(await Public(app, type, id));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = GlobalId.DecodeGuid(id, type.Name);
        Assert.Equal(new[] { "create", "publish", "update", "translate", "publish", "archive" }.Select(action => $"{type.Field}.{action}"),
            await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var payload = await Refused(app, type, () => Mutate(app.AnonymousClient(), type, "create{0}", "Create{0}Input", type.Create(Slug(type, "anonymous", provider))));
        Assert.Equal(("NOT_ALLOWED", "NotAllowedError"), (payload.Error.Code, payload.Data<string>("errors[0].__typename")));
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_gets_a_validation_error_with_its_path_and_nothing_is_written(DatabaseProvider provider, string typeName, string caseName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var invalid = type.Invalid.Single(i => i.Name == caseName);
        var curator = await app.CuratorClientAsync();
        var input = type.CreateWith(Slug(type, $"invalid-{caseName}", provider), invalid.Fields);
        AssertValidationError(await Refused(app, type, () => Mutate(curator, type, "create{0}", "Create{0}Input", input)), invalid.Path);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var payload = await Refused(app, type, () => Mutate(curator, type, "create{0}", "Create{0}Input", type.Create(type.SeededSlug)));
        Assert.Equal(("DUPLICATE_SLUG", type.SeededSlug), (payload.Error.Code, payload.Data<string>("errors[0].slug")));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task A_stale_version_gets_a_conflict_with_the_current_version_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var id = (await Changed(curator, type, "create{0}", "Create{0}Input", type.Create(Slug(type, "contested", provider)))).Id;
        await Changed(curator, type, "update{0}", "Update{0}Input", Update(type, id, 1, "First"));
        var stale = await Refused(app, type, () => Mutate(curator, type, "update{0}", "Update{0}Input", Update(type, id, 1, "Second")));
        Assert.Equal(("CONFLICT", 2), (stale.Error.Code, stale.Data<int>("errors[0].currentVersion")));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task An_unknown_id_is_not_found_and_nothing_is_written(DatabaseProvider provider, string typeName)
    {
        var (type, app) = await Arrange(provider, typeName);
        var curator = await app.CuratorClientAsync();
        var missing = await Refused(app, type, () => Mutate(curator, type, "publish{0}", "RecordVersionInput", new { id = CuratedType.NewId(type.Name), expectedVersion = 1 }));
        Assert.Equal(("NOT_FOUND", "NotFoundError"), (missing.Error.Code, missing.Data<string>("errors[0].__typename")));
    }
}
