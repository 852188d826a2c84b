using System.Text.Json.Nodes;
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
    private const string Create = """
        mutation ($input: CreateOrganisationInput!) {
          createOrganisation(input: $input) {
            organisation { id slug name version status themes { code } operatingCountries { code } }
            errors { __typename code message path ... on DuplicateSlugError { slug } }
          }
        }
        """;

    private const string Update = """
        mutation ($input: UpdateOrganisationInput!) {
          updateOrganisation(input: $input) {
            organisation { id name version status themes { code } }
            errors { __typename code message path ... on ConflictError { currentVersion } }
          }
        }
        """;

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

    private static Task<JsonNode> Mutate(HttpClient client, string mutation, object input, string field) => PayloadAsync(client, mutation, input, field);

    private static Task<(int Records, int Revisions, int AuditEvents)> Counts(NetworkGraphApp app) => CountsAsync<Organisation>(app);

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Anonymous_callers_may_not_create_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Mutate(app.CreateClient(), Create, NewOrganisation("anonymous-try"), "createOrganisation");
        Assert.Equal("NOT_ALLOWED", Code(payload));
        Assert.Equal("NotAllowedError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(payload["organisation"]);
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_curator_creates_a_draft_with_a_revision_and_an_audit_event(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Mutate(await app.CuratorClientAsync(), Create, NewOrganisation($"created-{provider}".ToLowerInvariant()), "createOrganisation");
        Assert.Empty(payload["errors"]!.AsArray());
        var organisation = payload["organisation"]!;
        Assert.Equal(1, organisation["version"]!.GetValue<int>());
        Assert.Equal("DRAFT", organisation["status"]!.GetValue<string>());
        Assert.Equal(["AM", "GE"], organisation["operatingCountries"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        Assert.Equal((before.Records + 1, before.Revisions + 1, before.AuditEvents + 1), await Counts(app));

        var slug = organisation["slug"]!.GetValue<string>();
        var anonymous = await app.DataAsync("query ($slug: String!) { organisation(slug: $slug) { id } }", new { slug });
        Assert.Null(anonymous["organisation"]);
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
        var payload = await Mutate(await app.CuratorClientAsync(), Create, NewOrganisation($"invalid-{caseName}", extra), "createOrganisation");
        AssertValidationError(payload, field);
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_taken_slug_gets_a_duplicate_slug_error_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await App(provider);
        var before = await Counts(app);
        var payload = await Mutate(await app.CuratorClientAsync(), Create, NewOrganisation("published-watch"), "createOrganisation");
        Assert.Equal("DUPLICATE_SLUG", Code(payload));
        Assert.Equal("published-watch", payload["errors"]![0]!["slug"]!.GetValue<string>());
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Two_curators_updating_the_same_version_the_second_gets_a_conflict_and_nothing_is_lost(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var created = (await Mutate(curator, Create, NewOrganisation($"contested-{provider}".ToLowerInvariant()), "createOrganisation"))["organisation"]!;
        var id = created["id"]!.GetValue<string>();

        var first = await Mutate(curator, Update, new { id, expectedVersion = 1, name = "First curator's name" }, "updateOrganisation");
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(2, first["organisation"]!["version"]!.GetValue<int>());

        var before = await Counts(app);
        var second = await Mutate(await app.CuratorClientAsync(), Update, new { id, expectedVersion = 1, name = "Second curator's name" }, "updateOrganisation");
        Assert.Equal("CONFLICT", Code(second));
        Assert.Equal(2, second["errors"]![0]!["currentVersion"]!.GetValue<int>());
        Assert.Equal(before, await Counts(app));

        var stored = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContext()
            .Organisations.SingleAsync(o => o.Slug == created["slug"]!.GetValue<string>());
        Assert.Equal("First curator's name", stored.Name);
        Assert.Equal(2, stored.Version);
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_update_records_the_fields_it_changed_and_a_list_change_bumps_the_version(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var created = (await Mutate(curator, Create, NewOrganisation($"audited-{provider}".ToLowerInvariant()), "createOrganisation"))["organisation"]!;
        var id = created["id"]!.GetValue<string>();
        var updated = await Mutate(curator, Update, new { id, expectedVersion = 1, themes = new[] { "womens-rights", "civic-space" } }, "updateOrganisation");
        Assert.Equal(2, updated["organisation"]!["version"]!.GetValue<int>());
        Assert.Equal(["civic-space", "womens-rights"], updated["organisation"]!["themes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()).Order());

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var recordId = (await db.Organisations.SingleAsync(o => o.Slug == created["slug"]!.GetValue<string>())).Id;
        var audit = await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync();
        Assert.Equal(["organisation.create", "organisation.update"], audit.Select(a => a.Action));
        var changes = JsonNode.Parse(audit[1].Details!)!.AsObject();
        Assert.Equal(["themes"], changes.Select(change => change.Key));
        Assert.Equal(["lgbtqi-rights"], changes["themes"]!["before"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([1, 2], await db.Revisions.Where(r => r.RecordId == recordId).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_unknown_or_malformed_id_changes_nothing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var before = await Counts(app);
        var missing = NetworkGraph.GraphQL.Relay.GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N"));
        Assert.Equal("NOT_FOUND", Code(await Mutate(curator, Update, new { id = missing, expectedVersion = 1, name = "x" }, "updateOrganisation")));
        var coalitionId = NetworkGraph.GraphQL.Relay.GlobalId.Encode("Coalition", Guid.CreateVersion7().ToString("N"));
        Assert.Equal("VALIDATION", Code(await Mutate(curator, Update, new { id = coalitionId, expectedVersion = 1, name = "x" }, "updateOrganisation")));
        Assert.Equal("VALIDATION", Code(await Mutate(curator, Update, new { id = "garbage", expectedVersion = 1, name = "x" }, "updateOrganisation")));
        Assert.Equal(before, await Counts(app));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Archiving_hides_a_published_organisation_from_the_public(DatabaseProvider provider)
    {
        var app = await App(provider);
        var visible = await app.DataAsync("{ organisation(slug: \"published-watch\") { id version } }");
        var id = visible["organisation"]!["id"]!.GetValue<string>();
        var version = visible["organisation"]!["version"]!.GetValue<int>();
        var archived = await Mutate(await app.CuratorClientAsync(), "mutation ($input: RecordVersionInput!) { archiveOrganisation(input: $input) { organisation { status version } errors { code } } }",
            new { id, expectedVersion = version }, "archiveOrganisation");
        Assert.Equal("ARCHIVED", archived["organisation"]!["status"]!.GetValue<string>());
        Assert.Null((await app.DataAsync("{ organisation(slug: \"published-watch\") { id } }"))["organisation"]);
    }
}
