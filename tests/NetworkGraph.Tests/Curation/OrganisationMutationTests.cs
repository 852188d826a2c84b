using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>Each organisation mutation: its happy path and every error kind, with the database read back.</summary>
public sealed class OrganisationMutationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Created = """
        organisation { id slug name version status themes { code } operatingCountries { code } }
        errors { __typename code message path ... on DuplicateSlugError { slug } }
        """;

    private const string Updated = """
        organisation { id name version status themes { code } }
        errors { __typename code message path ... on ConflictError { currentVersion } }
        """;

    private sealed record CuratedOrganisation(string Id, string Name, int Version, string Status, Coded[] Themes, string? Slug = null, Coded[]? OperatingCountries = null);

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.Add(Organisation("Published Watch", country: "AM"))));

    private static object NewOrganisation(string slug, object? extra = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["slug"] = slug, ["name"] = $"Org {slug}", ["kind"] = "LEGAL_AID", ["headquartersCountry"] = "ge",
            ["website"] = "https://example.org/", ["foundedYear"] = 2004, ["themes"] = new[] { "lgbtqi-rights" },
            ["operatingCountries"] = new[] { "GE", "AM" },
        };
        foreach (var property in extra?.GetType().GetProperties() ?? []) input[property.Name] = property.GetValue(extra);
        return input;
    }

    private static Task<MutationPayload> Create(GraphQLClient client, object input) => client.MutateAsync("createOrganisation", "CreateOrganisationInput", Created, input);

    private static Task<MutationPayload> Update(GraphQLClient client, object input) => client.MutateAsync("updateOrganisation", "UpdateOrganisationInput", Updated, input);

    private static Task<(int Records, int Revisions, int AuditEvents)> Counts(NetworkGraphApp app) => CountsAsync<Organisation>(app);

    /// <summary>A list field's change, as an update's audit event records it.</summary>
    private sealed record ListChange(string[] Before, string[] After);

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(app.AnonymousClient(), NewOrganisation("anonymous-try"));
        Assert.Equal(("NOT_ALLOWED", "NotAllowedError"), (payload.Error.Code, payload.Data<string>("errors[0].__typename")));
        Assert.Null(payload.Data<CuratedOrganisation?>("organisation"));
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_curator_creates_a_draft_with_a_revision_and_an_audit_event(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewOrganisation($"created-{provider}".ToLowerInvariant()));
        var organisation = payload.AssertNoErrors().Data<CuratedOrganisation>("organisation");
        Assert.Equal((1, "DRAFT"), (organisation.Version, organisation.Status));
        Assert.Equal(["AM", "GE"], organisation.OperatingCountries!.Select(c => c.Code).Order());
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await Counts(app));

        var anonymous = await app.QueryAsync("query ($slug: String!) { organisation(slug: $slug) { id } }", new { slug = organisation.Slug });
        Assert.Null(anonymous.AssertNoErrors().Data<Identified?>("organisation"));
    }

    public static TheoryData<string, object, string> InvalidInputs => new()
    {
        { "slug", new { slug = "Not A Slug" }, "slug" },
        { "country", new { headquartersCountry = "ZZ" }, "headquartersCountry" },
        { "theme", new { themes = new[] { "no-such-theme" } }, "themes" },
        { "operating", new { operatingCountries = new[] { "GE", "QQ" } }, "operatingCountries" },
        { "website", new { website = "javascript:alert(1)" }, "website" },
        { "year", new { foundedYear = 1066 }, "foundedYear" },
        { "locale", new { defaultLocale = "not a locale" }, "defaultLocale" },
        { "name", new { name = "" }, "name" },
        { "acronym", new { acronym = new string('A', 41) }, "acronym" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_gets_a_validation_error_with_its_path_and_nothing_is_written(string caseName, object extra, string field)
    {
        var app = await App(DatabaseProvider.Sqlite);
        var before = await Counts(app);
        AssertValidationError(await Create(await app.CuratorClientAsync(), NewOrganisation($"invalid-{caseName}", extra)), field);
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Create(await app.CuratorClientAsync(), NewOrganisation("published-watch"));
        Assert.Equal(("DUPLICATE_SLUG", "published-watch"), (payload.Error.Code, payload.Data<string>("errors[0].slug")));
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Two_curators_updating_the_same_version_the_second_gets_a_conflict_and_nothing_is_lost(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var created = (await Create(curator, NewOrganisation($"contested-{provider}".ToLowerInvariant()))).AssertNoErrors().Data<CuratedOrganisation>("organisation");

        var first = (await Update(curator, new { id = created.Id, expectedVersion = 1, name = "First curator's name" })).AssertNoErrors();
        Assert.Equal(2, first.Data<int>("organisation.version"));

        var before = await Counts(app);
        var second = await Update(await app.CuratorClientAsync(), new { id = created.Id, expectedVersion = 1, name = "Second curator's name" });
        Assert.Equal(("CONFLICT", 2), (second.Error.Code, second.Data<int>("errors[0].currentVersion")));
        Assert.Equal(before, await Counts(app));

        var stored = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContext()
            .Organisations.SingleAsync(o => o.Slug == created.Slug);
        Assert.Equal("First curator's name", stored.Name);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_update_records_the_fields_it_changed_and_a_list_change_bumps_the_version(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var created = (await Create(curator, NewOrganisation($"audited-{provider}".ToLowerInvariant()))).AssertNoErrors().Data<CuratedOrganisation>("organisation");
        var updated = (await Update(curator, new { id = created.Id, expectedVersion = 1, themes = new[] { "womens-rights", "civic-space" } }))
            .AssertNoErrors().Data<CuratedOrganisation>("organisation");
        Assert.Equal(2, updated.Version);
        Assert.Equal(["civic-space", "womens-rights"], updated.Themes.Select(t => t.Code).Order());

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = (await db.Organisations.SingleAsync(o => o.Slug == created.Slug)).Id;
        var audit = await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync();
        Assert.Equal(["organisation.create", "organisation.update"], audit.Select(a => a.Action));
        var changes = JsonSerializer.Deserialize<Dictionary<string, ListChange>>(audit[1].Details!, JsonSerializerOptions.Web)!;
        Assert.Equal(["themes"], changes.Keys);
        Assert.Equal(["lgbtqi-rights"], changes["themes"].Before);
        Assert.Equal([1, 2], await db.Revisions.Where(r => r.RecordId == recordId).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_unknown_or_malformed_id_changes_nothing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var missing = NetworkGraph.GraphQL.Relay.GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N"));
        Assert.Equal(["NOT_FOUND"], (await Update(curator, new { id = missing, expectedVersion = 1, name = "x" })).ErrorCodes);
        var coalitionId = NetworkGraph.GraphQL.Relay.GlobalId.Encode("Coalition", Guid.CreateVersion7().ToString("N"));
        Assert.Equal(["VALIDATION"], (await Update(curator, new { id = coalitionId, expectedVersion = 1, name = "x" })).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Update(curator, new { id = "garbage", expectedVersion = 1, name = "x" })).ErrorCodes);
        Assert.Equal(before, await Counts(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Archiving_hides_a_published_organisation_from_the_public(DatabaseProvider provider)
    {
        var app = await App(provider);
        var visible = (await app.QueryAsync("{ organisation(slug: \"published-watch\") { id version } }")).AssertNoErrors();
        var curator = await app.CuratorClientAsync();
        var archived = await curator.MutateAsync("archiveOrganisation", "RecordVersionInput", "organisation { status version } errors { code }",
            new { id = visible.Data<string>("organisation.id"), expectedVersion = visible.Data<int>("organisation.version") });
        Assert.Equal("ARCHIVED", archived.AssertNoErrors().Data<string>("organisation.status"));
        Assert.Null((await app.QueryAsync("{ organisation(slug: \"published-watch\") { id } }")).AssertNoErrors().Data<Identified?>("organisation"));
    }
}
