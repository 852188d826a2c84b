using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Organisations;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Webhooks are made, changed, rotated and deleted over GraphQL by administrators and partners only, on a service that
/// keeps webhooks to public targets (its default). Every refusal is coded, names the input field at fault and changes nothing.
/// </summary>
public sealed class WebhookManagementTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Url = "https://hooks.partner.example/networkgraph";
    private const string Selection = $"webhook {{ {WebhookScene.WebhookSelection} }} errors {{ __typename code message path ... on ConflictError {{ currentVersion }} }}";

    private sealed record Callers(NetworkGraphApp App, Organisation Home, GraphQLClient Partner, GraphQLClient OtherPartner, GraphQLClient Admin, GraphQLClient Curator);

    private async Task<Callers> CallersAsync(DatabaseProvider provider, string test)
    {
        var app = await apps.For(provider);
        var (home, other) = (Organisation($"{test} Home {provider}"), Organisation($"{test} Other {provider}"));
        await app.SeedAsync(db => db.AddRange(home, other));
        return new Callers(app, home, await app.KeyClientAsync(Role.Partner, home.Id), await app.KeyClientAsync(Role.Partner, other.Id),
            await app.KeyClientAsync(Role.Admin), await app.CuratorClientAsync());
    }

    private static async Task<(int Webhooks, int AuditEvents)> FootprintAsync(NetworkGraphApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return (await db.Webhooks.CountAsync(), await db.AuditEvents.CountAsync());
    }

    private static async Task<CreatedWebhook> CreateAsync(GraphQLClient owner, object? input = null)
    {
        var payload = (await WebhookScene.CreateAsync(owner, input ?? new { url = Url, events = new[] { "tie.added" } })).AssertNoErrors();
        return new CreatedWebhook(payload.Data<StoredWebhook>("webhook"), payload.Data<string>("secret"));
    }

    private static Task<MutationPayload> UpdateAsync(GraphQLClient owner, object input) =>
        owner.MutateAsync("updateWebhook", "UpdateWebhookInput", Selection, input);

    private static Task<MutationPayload> ChangeAsync(GraphQLClient owner, string mutation, string id, int expectedVersion) =>
        owner.MutateAsync(mutation, "RecordVersionInput", mutation == "rotateWebhookSecret" ? $"secret {Selection}" : Selection, new { id, expectedVersion });

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partner_makes_changes_rotates_and_deletes_its_webhook_and_the_audit_never_holds_a_secret(DatabaseProvider provider)
    {
        var callers = await CallersAsync(provider, "Lifecycle");
        var created = await CreateAsync(callers.Partner, new { url = Url, events = new[] { "tie.added", "content.published", "tie.added" }, description = "  Our site  " });
        Assert.StartsWith("whsec_", created.Secret);
        Assert.Equal((1, Url, "Our site", true, (string?)null, callers.Home.Slug), (created.Webhook.Version, created.Webhook.Url, created.Webhook.Description,
            created.Webhook.Enabled, created.Webhook.DisabledReason, created.Webhook.Owner?.Slug));
        Assert.Equal(["tie.added", "content.published"], created.Webhook.Events);

        var disabled = (await UpdateAsync(callers.Partner, new { id = created.Id, expectedVersion = 1, events = new[] { "allianceProposal.changed" }, enabled = false }))
            .AssertNoErrors().Data<StoredWebhook>("webhook");
        Assert.Equal((2, false, "OWNER"), (disabled.Version, disabled.Enabled, disabled.DisabledReason));
        Assert.Equal(["allianceProposal.changed"], disabled.Events);
        Assert.NotNull(disabled.DisabledAt);
        var enabled = (await UpdateAsync(callers.Partner, new { id = created.Id, expectedVersion = 2, enabled = true, description = (string?)null }))
            .AssertNoErrors().Data<StoredWebhook>("webhook");
        Assert.Equal((3, true, null, null, null), (enabled.Version, enabled.Enabled, enabled.DisabledReason, enabled.DisabledAt, enabled.Description));

        var rotated = (await ChangeAsync(callers.Partner, "rotateWebhookSecret", created.Id, 3)).AssertNoErrors();
        var secret = rotated.Data<string>("secret");
        Assert.NotEqual(created.Secret, secret);
        Assert.NotNull(rotated.Data<StoredWebhook>("webhook").PreviousSecretUntil);
        (await ChangeAsync(callers.Partner, "deleteWebhook", created.Id, 4)).AssertNoErrors();
        Assert.Equal(0, (await callers.Partner.QueryAsync("{ webhooks { totalCount } }")).AssertNoErrors().Data<int>("webhooks.totalCount"));

        var audit = (await callers.Admin.QueryAsync("""
            query ($id: ID!) { auditEvents(first: 10, where: { recordId: { eq: $id } }, order: [{ occurredAt: ASC }]) { nodes { action changes { field before after } } } }
            """, new { id = created.Id })).AssertNoErrors();
        Assert.Equal(["webhook.create", "webhook.update", "webhook.update", "webhook.rotateSecret", "webhook.delete"],
            audit.Data<List<AuditedChange>>("auditEvents.nodes").Select(e => e.Action));
        Assert.DoesNotContain(created.Secret, audit.Body);
        Assert.DoesNotContain(secret, audit.Body);
        Assert.DoesNotContain("whsec_", audit.Body);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Curators_and_anonymous_callers_are_not_allowed_and_a_partner_reaches_only_its_organisations_webhooks(DatabaseProvider provider)
    {
        var callers = await CallersAsync(provider, "Owners");
        var theirs = await CreateAsync(callers.Partner);
        var administrators = await CreateAsync(callers.Admin);
        var before = await FootprintAsync(callers.App);

        foreach (var stranger in new[] { callers.Curator, callers.App.AnonymousClient() })
        {
            var refused = (await WebhookScene.CreateAsync(stranger, new { url = Url, events = new[] { "tie.added" } })).Error;
            Assert.Equal(("NOT_ALLOWED", "Only administrators and partners have webhooks."), (refused.Code, refused.Message));
            Assert.Equal("NOT_ALLOWED", (await UpdateAsync(stranger, new { id = theirs.Id, expectedVersion = 1, enabled = false })).Error.Code);
            Assert.Equal(["NOT_ALLOWED"], (await stranger.QueryAsync("{ webhooks { totalCount } }")).ErrorCodes);
            Assert.Equal(["NOT_ALLOWED"], (await stranger.QueryAsync("query ($id: ID!) { webhookDeliveries(webhook: $id) { totalCount } }", new { id = theirs.Id })).ErrorCodes);
        }
        foreach (var mutation in new[] { "rotateWebhookSecret", "deleteWebhook" })
        {
            var hidden = (await ChangeAsync(callers.OtherPartner, mutation, theirs.Id, 1)).Error;
            Assert.Equal(("NOT_FOUND", "input.id"), (hidden.Code, hidden.Path));
        }
        Assert.Equal("NOT_FOUND", (await ChangeAsync(callers.Partner, "deleteWebhook", administrators.Id, 1)).Error.Code);
        Assert.Equal(before, await FootprintAsync(callers.App));

        Assert.Equal(0, (await callers.OtherPartner.QueryAsync("{ webhooks { totalCount } }")).AssertNoErrors().Data<int>("webhooks.totalCount"));
        Assert.Equal([theirs.Id], (await callers.Partner.QueryAsync("{ webhooks { nodes { id } } }")).AssertNoErrors().Data<Identified[]>("webhooks.nodes").Select(w => w.Id));
        var seenByAdministrators = (await callers.Admin.QueryAsync("{ webhooks(first: 100) { nodes { id } } }")).AssertNoErrors().Data<Identified[]>("webhooks.nodes").Select(w => w.Id);
        Assert.Contains(theirs.Id, seenByAdministrators);
        Assert.Contains(administrators.Id, seenByAdministrators);
        Assert.Equal(0, (await callers.OtherPartner.QueryAsync("query ($id: ID!) { webhookDeliveries(webhook: $id) { totalCount } }", new { id = theirs.Id }))
            .AssertNoErrors().Data<int>("webhookDeliveries.totalCount"));
    }

    public static TheoryData<DatabaseProvider, string, string[], string, string> Refusals()
    {
        var refusals = new TheoryData<DatabaseProvider, string, string[], string, string>();
        (string Url, string[] Events, string Path, string Message)[] cases =
        [
            ("ftp://hooks.partner.example/x", ["tie.added"], "input.url", "A webhook URL starts with https:// or http://."),
            ("hooks.partner.example/x", ["tie.added"], "input.url", "A webhook URL is absolute, e.g. \"https://partner.example/hooks\"."),
            ("https://user:secret@hooks.partner.example/", ["tie.added"], "input.url", "A webhook URL holds no user name or password; the signature authenticates each delivery."),
            ("http://127.0.0.1:8080/hooks", ["tie.added"], "input.url", "A webhook cannot target 127.0.0.1, which is not a public address (loopback)."),
            ("http://localhost/hooks", ["tie.added"], "input.url", "A webhook cannot target localhost, which is not a public address (loopback)."),
            ("http://[::1]/hooks", ["tie.added"], "input.url", "A webhook cannot target [::1], which is not a public address (loopback)."),
            ("http://10.1.2.3/hooks", ["tie.added"], "input.url", "A webhook cannot target 10.1.2.3, which is not a public address (private)."),
            ("http://169.254.169.254/latest/meta-data/", ["tie.added"], "input.url", "A webhook cannot target 169.254.169.254, which is not a public address (link-local)."),
            (Url, ["tie.added", "tie.exploded"], "input.events",
                "Unknown event 'tie.exploded'; the events are allianceProposal.changed, content.published, content.unpublished, tie.added, tie.updated, tie.ended, tie.removed."),
            (Url, [], "input.events",
                "Name at least one event: allianceProposal.changed, content.published, content.unpublished, tie.added, tie.updated, tie.ended, tie.removed."),
        ];
        foreach (var provider in TestDatabase.Configured)
            foreach (var (url, events, path, message) in cases) refusals.Add(provider, url, events, path, message);
        return refusals;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_url_that_is_not_a_public_http_target_or_an_unknown_event_is_refused_with_its_path_and_changes_nothing(
        DatabaseProvider provider, string url, string[] events, string path, string message)
    {
        var app = await apps.For(provider);
        var admin = await app.KeyClientAsync(Role.Admin);
        var existing = await CreateAsync(admin);
        var before = await FootprintAsync(app);

        var refused = (await WebhookScene.CreateAsync(admin, new { url, events })).Error;
        var update = (await UpdateAsync(admin, new { id = existing.Id, expectedVersion = 1, url, events })).Errors;

        Assert.Equal(("VALIDATION", path, message), (refused.Code, refused.Path, refused.Message));
        Assert.Contains(update, error => (error.Code, error.Path, error.Message) == ("VALIDATION", path, message));
        Assert.Equal(before, await FootprintAsync(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Malformed_input_gets_a_coded_error_with_its_path_and_changes_nothing(DatabaseProvider provider)
    {
        var callers = await CallersAsync(provider, "Malformed");
        var webhook = await CreateAsync(callers.Partner);
        var before = await FootprintAsync(callers.App);

        var tooLong = (await WebhookScene.CreateAsync(callers.Partner, new { url = Url, events = new[] { "tie.added" }, description = new string('d', 501) })).Error;
        Assert.Equal(("VALIDATION", "input.description", "'description' is longer than 500 characters."), (tooLong.Code, tooLong.Path, tooLong.Message));
        var unset = (await UpdateAsync(callers.Partner, new { id = webhook.Id, expectedVersion = 1, enabled = (bool?)null })).Error;
        Assert.Equal(("VALIDATION", "input.enabled", "'enabled' cannot be null."), (unset.Code, unset.Path, unset.Message));
        var malformed = (await ChangeAsync(callers.Partner, "deleteWebhook", "not-an-id", 1)).Error;
        Assert.Equal(("VALIDATION", "input.id"), (malformed.Code, malformed.Path));
        var organisationId = GlobalId.Encode("Organisation", callers.Home.Id.ToString("N"));
        Assert.Equal("VALIDATION", (await ChangeAsync(callers.Partner, "rotateWebhookSecret", organisationId, 1)).Error.Code);
        foreach (var delivery in new[] { "not-an-id", organisationId, GlobalId.Encode("WebhookDelivery", Guid.NewGuid().ToString("N")) })
        {
            var refused = (await callers.Partner.MutateAsync("redeliverWebhookEvent", "RedeliverWebhookEventInput", "errors { code path }", new { delivery })).Error;
            Assert.Equal((delivery == organisationId || delivery == "not-an-id" ? "VALIDATION" : "NOT_FOUND", "input.delivery"), (refused.Code, refused.Path));
        }
        Assert.Equal(["INVALID_ID"], (await callers.Partner.QueryAsync("{ webhookDeliveries(webhook: \"not-an-id\") { totalCount } }")).ErrorCodes);
        Assert.Equal(before, await FootprintAsync(callers.App));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_is_a_conflict_with_the_current_version_and_changes_nothing(DatabaseProvider provider)
    {
        var callers = await CallersAsync(provider, "Stale");
        var webhook = await CreateAsync(callers.Partner);
        (await UpdateAsync(callers.Partner, new { id = webhook.Id, expectedVersion = 1, description = "Second thoughts" })).AssertNoErrors();
        var before = await FootprintAsync(callers.App);

        MutationPayload[] stale =
        [
            await UpdateAsync(callers.Partner, new { id = webhook.Id, expectedVersion = 1, enabled = false }),
            await ChangeAsync(callers.Partner, "rotateWebhookSecret", webhook.Id, 1),
            await ChangeAsync(callers.Partner, "deleteWebhook", webhook.Id, 1),
        ];

        Assert.All(stale, payload => Assert.Equal(("CONFLICT", "input.expectedVersion", 2),
            (payload.Error.Code, payload.Error.Path, payload.Data<int>("errors[0].currentVersion"))));
        Assert.Equal(before, await FootprintAsync(callers.App));
        var kept = (await callers.Partner.QueryAsync($"{{ webhooks {{ nodes {{ {WebhookScene.WebhookSelection} }} }} }}")).AssertNoErrors().Data<StoredWebhook[]>("webhooks.nodes");
        Assert.Equal((2, true, (DateTime?)null), (kept.Single().Version, kept.Single().Enabled, kept.Single().PreviousSecretUntil));
    }

    private sealed record AuditedChange(string Action, List<AuditField> Changes);

    private sealed record AuditField(string Field, string? Before, string? After);
}
