using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Schema;
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
    private sealed record History(GraphQLClient Admin, string Actor, string First, string Second);

    /// <summary>An audit event; its time is kept as the API wrote it, to filter by exactly that.</summary>
    private sealed record Event(string Id, string OccurredAt, string Actor, string Action, string RecordType, string RecordId, Change[] Changes);

    /// <summary>A changed field, its values as JSON text.</summary>
    private sealed record Change(string Field, string Before, string After);

    private static async Task<string> CreateOrganisation(GraphQLClient admin, string slug)
    {
        var created = await admin.MutateAsync("createOrganisation", "CreateOrganisationInput", "organisation { id } errors { code }",
            new { slug, name = $"Org {slug}", kind = "NGO", headquartersCountry = "GE", foundedYear = 2004 });
        return created.AssertNoErrors().Data<string>("organisation.id");
    }

    private static async Task<History> WriteHistory(NetworkGraphApp app, string name)
    {
        var admin = await app.KeyClientAsync(Role.Admin);
        var first = await CreateOrganisation(admin, $"{name}-first");
        (await admin.MutateAsync("updateOrganisation", "UpdateOrganisationInput", "organisation { id } errors { code }",
            new { id = first, expectedVersion = 1, name = "Renamed Org", foundedYear = 1999 })).AssertNoErrors();
        var second = await CreateOrganisation(admin, $"{name}-second");
        var created = await Nodes(admin, new { recordId = new { eq = first }, action = new { eq = "organisation.create" } });
        return new History(admin, Assert.Single(created).Actor, first, second);
    }

    private static async Task<Connection<Event>> Page(GraphQLClient client, object? where, object? order = null, int? first = null, string? after = null) =>
        (await client.QueryAsync(Events, new { where, order, first, after })).AssertNoErrors().Data<Connection<Event>>("auditEvents");

    private static async Task<Event[]> Nodes(GraphQLClient client, object? where, object? order = null) => (await Page(client, where, order)).Nodes;

    private static List<string> Actions(IEnumerable<Event> events) => [.. events.Select(e => e.Action)];

    private static string Slug(DatabaseProvider provider, string test) => $"audit-{test}-{provider}".ToLowerInvariant();

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Only_administrators_may_read_the_audit_log(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var partnerOrganisation = Organisation($"Audit Partner {provider}");
        await app.SeedAsync(db => db.Add(partnerOrganisation));
        var audited = await CreateOrganisation(await app.KeyClientAsync(Role.Admin), Slug(provider, "readers"));
        var creation = new { where = new { recordId = new { eq = audited } } };

        foreach (var role in Enum.GetValues<Role>())
        {
            var client = await app.ClientAsync(role, role == Role.Partner ? partnerOrganisation.Id : null);
            var answer = await client.QueryAsync(Events, creation);
            if (role == Role.Admin)
                Assert.Equal(["organisation.create"], Actions(answer.AssertNoErrors().Data<Connection<Event>>("auditEvents").Nodes));
            else
                Assert.True(answer.ErrorCodes.SequenceEqual(["NOT_ALLOWED"]) && !answer.HasData, $"{role} may not read the audit log: {answer.Body}");
        }
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_administrator_lists_events_newest_first_and_filters_by_action_actor_record_and_time(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "filters"));
        var admin = history.Admin;
        var byActor = new { actor = new { eq = history.Actor } };

        var all = await Nodes(admin, byActor);
        Assert.Equal(["organisation.create", "organisation.update", "organisation.create"], Actions(all));
        Assert.Equal([history.Second, history.First, history.First], all.Select(e => e.RecordId));
        Assert.All(all, e => Assert.Equal("Organisation", e.RecordType));
        var times = all.Select(e => DateTimeOffset.Parse(e.OccurredAt, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(Actions(all).AsEnumerable().Reverse(), Actions(await Nodes(admin, byActor, new[] { new { occurredAt = "ASC" } })));

        Assert.Equal([history.First], (await Nodes(admin, new { byActor.actor, action = new { eq = "ORGANISATION.UPDATE" } }))
            .Select(e => e.RecordId));
        Assert.Equal(["organisation.update", "organisation.create"], Actions(await Nodes(admin, new { recordId = new { eq = history.First } })));
        Assert.Equal(3, Actions(await Nodes(admin, new { recordId = new { @in = new[] { history.First, history.Second } } })).Count);

        var (created, updated) = (all[2].OccurredAt, all[1].OccurredAt);
        Assert.Equal(["organisation.create", "organisation.update"],
            Actions(await Nodes(admin, new { byActor.actor, occurredAt = new { gte = updated } })));
        Assert.Equal(["organisation.update", "organisation.create"],
            Actions(await Nodes(admin, new { byActor.actor, occurredAt = new { gte = created, lte = updated } })));
        Assert.Empty(await Nodes(admin, new { byActor.actor, occurredAt = new { lt = created } }));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_record_filter_with_a_malformed_id_is_an_invalid_id_error(DatabaseProvider provider)
    {
        var admin = await (await apps.For(provider)).KeyClientAsync(Role.Admin);
        var answer = await admin.QueryAsync(Events, new { where = new { recordId = new { eq = "not-an-id" } } });
        Assert.Equal(["INVALID_ID"], answer.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_update_event_shows_each_changed_field_before_and_after(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "changes"));
        var update = Assert.Single(await Nodes(history.Admin, new { recordId = new { eq = history.First }, action = new { eq = "organisation.update" } }));
        var changes = update.Changes.ToDictionary(c => c.Field, c => (c.Before, c.After));
        Assert.Equal(["foundedYear", "name"], changes.Keys.Order());
        Assert.Equal(($"\"Org {Slug(provider, "changes")}-first\"", "\"Renamed Org\""), changes["name"]);
        Assert.Equal(("2004", "1999"), changes["foundedYear"]);

        var create = Assert.Single(await Nodes(history.Admin, new { recordId = new { eq = history.First }, action = new { eq = "organisation.create" } }));
        Assert.Contains(create.Changes, c => c.Field == "slug" && c.Before == "null");
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Events_page_forward_with_cursors_in_the_default_order(DatabaseProvider provider)
    {
        var history = await WriteHistory(await apps.For(provider), Slug(provider, "paging"));
        var where = new { actor = new { eq = history.Actor } };
        var expected = (await Nodes(history.Admin, where)).Select(e => e.Id).ToList();

        var first = await Page(history.Admin, where, first: 2);
        Assert.Equal(3, first.TotalCount);
        Assert.True(first.PageInfo!.HasNextPage);
        var second = await Page(history.Admin, where, first: 2, after: first.PageInfo.EndCursor);
        Assert.False(second.PageInfo!.HasNextPage);
        Assert.Equal(expected, first.Nodes.Concat(second.Nodes).Select(e => e.Id));
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
