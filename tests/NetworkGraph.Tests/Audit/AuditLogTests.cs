using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Schema;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Audit;

/// <summary>
/// The audit log read through <c>auditEvents</c>, with events written by real organisation mutations. The app is
/// shared by the tests of a class, so each test acts as an administrator of its own and reads that administrator's events.
/// </summary>
public sealed class AuditLogTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Events = """
        query ($where: AuditEventFilterInput, $order: [AuditEventSortInput!], $first: Int, $after: String) {
          auditEvents(where: $where, order: $order, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id occurredAt actor action recordType recordId changes { field before after } }
          }
        }
        """;

    /// <summary>What one admin did: created an organisation, renamed it and set its founding year, then created another.</summary>
    private sealed record History(HttpClient Admin, string Actor, string First, string Second);

    private static async Task<JsonNode> Post(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> Data(HttpClient client, string query, object? variables = null)
    {
        var body = await Post(client, query, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    private static async Task<string> CreateOrganisation(HttpClient admin, string slug)
    {
        var data = await Data(admin, "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
            new { input = new { slug, name = $"Org {slug}", kind = "NGO", headquartersCountry = "GE", foundedYear = 2004 } });
        return data["createOrganisation"]!["organisation"]!["id"]!.GetValue<string>();
    }

    private static async Task<History> WriteHistory(NetworkGraphApp app, string name)
    {
        var admin = await app.KeyClientAsync(Role.Admin);
        var first = await CreateOrganisation(admin, $"{name}-first");
        await Data(admin, "mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { id } } }",
            new { input = new { id = first, expectedVersion = 1, name = "Renamed Org", foundedYear = 1999 } });
        var second = await CreateOrganisation(admin, $"{name}-second");
        var created = await Nodes(admin, new { recordId = new { eq = first }, action = new { eq = "organisation.create" } });
        return new History(admin, Assert.Single(created)["actor"]!.GetValue<string>(), first, second);
    }

    private static async Task<JsonObject> Page(HttpClient client, object? where, object? order = null, int? first = null, string? after = null) =>
        (await Data(client, Events, new { where, order, first, after }))["auditEvents"]!.AsObject();

    private static async Task<List<JsonNode>> Nodes(HttpClient client, object? where, object? order = null) =>
        [.. (await Page(client, where, order))["nodes"]!.AsArray().Select(node => node!)];

    private static List<string> Actions(IEnumerable<JsonNode> events) => [.. events.Select(e => e["action"]!.GetValue<string>())];

    private static string Slug(DatabaseProvider provider, string test) => $"audit-{test}-{provider}".ToLowerInvariant();

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Only_administrators_may_read_the_audit_log(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var partnerOrganisation = Organisation($"Audit Partner {provider}");
        await app.SeedAsync(db => db.Add(partnerOrganisation));

        foreach (var refused in new[] { app.CreateClient(), await app.KeyClientAsync(Role.Partner, partnerOrganisation.Id), await app.CuratorClientAsync() })
        {
            var body = await Post(refused, Events);
            Assert.Equal("NOT_ALLOWED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(body["data"]);
        }
        foreach (var role in new[] { Role.Admin })
            Assert.NotNull((await Data(await app.KeyClientAsync(role), Events))["auditEvents"]);
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_administrator_lists_events_newest_first_and_filters_by_action_actor_record_and_time(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "filters"));
        var admin = history.Admin;
        var byActor = new { actor = new { eq = history.Actor } };

        var all = await Nodes(admin, byActor);
        Assert.Equal(["organisation.create", "organisation.update", "organisation.create"], Actions(all));
        Assert.Equal([history.Second, history.First, history.First], all.Select(e => e["recordId"]!.GetValue<string>()));
        Assert.All(all, e => Assert.Equal("Organisation", e["recordType"]!.GetValue<string>()));
        var times = all.Select(e => e["occurredAt"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(Actions(all).AsEnumerable().Reverse(), Actions(await Nodes(admin, byActor, new[] { new { occurredAt = "ASC" } })));

        Assert.Equal([history.First], (await Nodes(admin, new { byActor.actor, action = new { eq = "ORGANISATION.UPDATE" } }))
            .Select(e => e["recordId"]!.GetValue<string>()));
        Assert.Equal(["organisation.update", "organisation.create"], Actions(await Nodes(admin, new { recordId = new { eq = history.First } })));
        Assert.Equal(3, Actions(await Nodes(admin, new { recordId = new { @in = new[] { history.First, history.Second } } })).Count);

        var (created, updated) = (all[2]["occurredAt"]!.GetValue<string>(), all[1]["occurredAt"]!.GetValue<string>());
        Assert.Equal(["organisation.create", "organisation.update"],
            Actions(await Nodes(admin, new { byActor.actor, occurredAt = new { gte = updated } })));
        Assert.Equal(["organisation.update", "organisation.create"],
            Actions(await Nodes(admin, new { byActor.actor, occurredAt = new { gte = created, lte = updated } })));
        Assert.Empty(await Nodes(admin, new { byActor.actor, occurredAt = new { lt = created } }));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_record_filter_with_a_malformed_id_is_an_invalid_id_error(DatabaseProvider provider)
    {
        var admin = await (await apps.For(provider)).KeyClientAsync(Role.Admin);
        var body = await Post(admin, Events, new { where = new { recordId = new { eq = "not-an-id" } } });
        Assert.Equal("INVALID_ID", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_update_event_shows_each_changed_field_before_and_after(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "changes"));
        var update = Assert.Single(await Nodes(history.Admin, new { recordId = new { eq = history.First }, action = new { eq = "organisation.update" } }));
        var changes = update["changes"]!.AsArray().ToDictionary(c => c!["field"]!.GetValue<string>(), c => (
            Before: c!["before"]!.GetValue<string>(), After: c["after"]!.GetValue<string>()));
        Assert.Equal(["foundedYear", "name"], changes.Keys.Order());
        Assert.Equal(($"\"Org {Slug(provider, "changes")}-first\"", "\"Renamed Org\""), changes["name"]);
        Assert.Equal(("2004", "1999"), changes["foundedYear"]);

        var create = Assert.Single(await Nodes(history.Admin, new { recordId = new { eq = history.First }, action = new { eq = "organisation.create" } }));
        Assert.Contains(create["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "slug" && c["before"]!.GetValue<string>() == "null");
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Events_page_forward_with_cursors_in_the_default_order(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "paging"));
        var where = new { actor = new { eq = history.Actor } };
        var expected = (await Nodes(history.Admin, where)).Select(e => e["id"]!.GetValue<string>()).ToList();

        var first = await Page(history.Admin, where, first: 2);
        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await Page(history.Admin, where, first: 2, after: first["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(expected, first["nodes"]!.AsArray().Concat(second["nodes"]!.AsArray()).Select(e => e!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task No_mutation_changes_or_deletes_audit_events()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var mutations = app.Services.GetRequiredService<NetworkGraphSchema>().Mutation!.Fields.Select(field => field.Name).ToList();
        Assert.NotEmpty(mutations);
        Assert.DoesNotContain(mutations, name => name.Contains("audit", StringComparison.OrdinalIgnoreCase));
    }
}
