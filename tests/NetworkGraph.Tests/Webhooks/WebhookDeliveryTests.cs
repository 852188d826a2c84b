using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
using StandardWebhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Events reach a real receiver over HTTP from the running service: dispatched from the change log, stored, signed,
/// retried on the schedule and logged attempt by attempt.
/// </summary>
public sealed class WebhookDeliveryTests(WebhookAppFixture apps) : IClassFixture<WebhookAppFixture>
{
    private async Task<WebhookScene> SceneAsync(DatabaseProvider provider, string test)
    {
        var app = await apps.For(provider);
        return await WebhookScene.StartAsync(app, await app.KeyClientAsync(Role.Admin), $"{test} {provider}");
    }

    private static string MessageIdOf(ReceivedWebhook request) => request.Headers["webhook-id"].ToString();

    private static bool IsHeldBack(DeliveryAttempt attempt) => attempt.Outcome == "CIRCUIT_OPEN";

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_published_record_reaches_the_receiver_once_signed_with_the_webhooks_secret(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Signed");
        var webhook = await scene.CreateAsync("/status/204", "content.published");

        var organisation = await scene.PublishOrganisationAsync("Watch");

        var delivery = Assert.Single(await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "DELIVERED" }], "the delivery"));
        var request = Assert.Single(scene.Receiver.Received);
        new StandardWebhook(webhook.Secret).Verify(request.Body, request.Headers);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(("content.published", organisation, "Organisation"),
            (body["type"]!.GetValue<string>(), body["data"]!["id"]!.GetValue<string>(), body["data"]!["recordType"]!.GetValue<string>()));
        Assert.Equal(delivery.EventSequence, body["data"]!["sequence"]!.GetValue<long>());
        Assert.True(DateTimeOffset.TryParse(body["timestamp"]!.GetValue<string>(), out _));
        Assert.Equal((delivery.MessageId, delivery.Payload), (MessageIdOf(request), request.Body));
        Assert.StartsWith("msg_", delivery.MessageId);
        Assert.Equal([("DELIVERED", (int?)204)], delivery.Attempts.Select(attempt => (attempt.Outcome, attempt.StatusCode)));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_receiver_that_is_down_then_up_gets_every_event_once_by_message_id_and_the_log_shows_every_attempt(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Down");
        var webhook = await scene.CreateAsync("/switch", "content.published");
        scene.Receiver.SwitchStatus = 500;

        string[] organisations = [await scene.PublishOrganisationAsync("First"), await scene.PublishOrganisationAsync("Second"), await scene.PublishOrganisationAsync("Third")];
        await scene.Receiver.WaitForAsync(requests => requests.Count >= 3);
        scene.Receiver.SwitchStatus = 200;

        var deliveries = await scene.WaitForDeliveriesAsync(webhook.Id, all => all.Count == 3 && all.All(d => d.Status == "DELIVERED"), "three deliveries");
        var received = scene.Receiver.Received;
        Assert.Equal(deliveries.Select(d => d.MessageId).Order(), received.Select(MessageIdOf).Distinct().Order());
        Assert.Equal(organisations.Order(), received.DistinctBy(MessageIdOf).Select(request => WebhookScene.SubjectOf(request.Body)).Order());
        Assert.True(received.Count > 3);
        foreach (var delivery in deliveries)
        {
            Assert.Equal(received.Count(request => MessageIdOf(request) == delivery.MessageId), delivery.Sent);
            Assert.Equal(delivery.Sent, delivery.AttemptCount);
            Assert.Equal("DELIVERED", delivery.Attempts[^1].Outcome);
            Assert.All(delivery.Attempts[..^1], attempt => Assert.Contains((attempt.Outcome, attempt.StatusCode), new[] { ("HTTP_ERROR", (int?)500), ("CIRCUIT_OPEN", null) }));
        }
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task The_circuit_opens_after_repeated_failures_holds_attempts_back_and_closes_when_the_endpoint_recovers(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Circuit");
        var webhook = await scene.CreateAsync("/switch", "content.published");
        scene.Receiver.SwitchStatus = 503;

        await scene.PublishOrganisationAsync("Failing");
        await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Attempts: var attempts }] && attempts.Any(IsHeldBack), "an attempt held back");
        scene.Receiver.SwitchStatus = 200;
        var recovered = Assert.Single(await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "DELIVERED" }], "the delivery after the break"));

        var held = recovered.Attempts.FindIndex(IsHeldBack);
        Assert.InRange(held, 2, recovered.Attempts.Count - 2);
        Assert.All(recovered.Attempts[..held], attempt => Assert.Equal(("HTTP_ERROR", (int?)503), (attempt.Outcome, attempt.StatusCode)));
        Assert.Equal(("Circuit open: recent attempts to this endpoint failed; not sent", (int?)null),
            (recovered.Attempts[held].Error, recovered.Attempts[held].StatusCode));
        Assert.Equal("DELIVERED", recovered.Attempts[^1].Outcome);
        Assert.Equal((scene.Receiver.Received.Count, scene.Receiver.Received.Count), (recovered.Sent, recovered.AttemptCount));

        await scene.PublishOrganisationAsync("Recovered");
        var closed = await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [_, { Status: "DELIVERED" }], "the next delivery");
        Assert.Equal(["DELIVERED"], closed[1].Attempts.Select(attempt => attempt.Outcome));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_410_disables_the_webhook_at_once_and_the_webhook_says_why(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Gone");
        var gone = await scene.CreateAsync("/status/410", "content.published");
        var fence = await scene.CreateAsync("/status/204", "content.published");

        await scene.PublishOrganisationAsync("Before");
        var failed = Assert.Single(await scene.WaitForDeliveriesAsync(gone.Id, all => all is [{ Status: "FAILED" }], "the failed delivery"));
        var disabled = await Eventually.UntilAsync(() => scene.WebhookAsync(gone.Id), webhook => webhook is { Enabled: false }, "the webhook disabled");

        Assert.Equal([("HTTP_ERROR", (int?)410)], failed.Attempts.Select(attempt => (attempt.Outcome, attempt.StatusCode)));
        Assert.Equal(("GONE", gone.Webhook.Version + 1), (disabled!.DisabledReason, disabled.Version));
        Assert.NotNull(disabled.DisabledAt);
        var audit = (await scene.Owner.QueryAsync("query ($id: ID!) { auditEvents(first: 5, where: { recordId: { eq: $id } }) { nodes { action actor } } }",
            new { id = gone.Id })).AssertNoErrors().Data<List<AuditRow>>("auditEvents.nodes");
        Assert.Contains(new AuditRow("webhook.disable", "webhook delivery"), audit);

        // A disabled webhook is sent nothing more: the next event reaches the other webhook only.
        await scene.PublishOrganisationAsync("After");
        await scene.WaitForDeliveriesAsync(fence.Id, all => all is [_, { Status: "DELIVERED" }], "the next event at the other webhook");
        Assert.Single(await scene.DeliveriesAsync(gone.Id));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_slow_endpoint_does_not_hold_up_another_webhook(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Slow");
        var slow = await scene.CreateAsync("/slow", "content.published");
        var quick = await scene.CreateAsync("/status/204", "content.published");

        await scene.PublishOrganisationAsync("Watch");

        var timedOut = (await scene.WaitForDeliveriesAsync(slow.Id, all => all is [{ Attempts: [_, ..] }], "the slow attempt's end"))[0].Attempts[0];
        var delivered = Assert.Single(await scene.WaitForDeliveriesAsync(quick.Id, all => all is [{ Status: "DELIVERED" }], "the quick delivery")).Attempts[0];
        Assert.Equal(("TIMEOUT", "Timed out after 2 s"), (timedOut.Outcome, timedOut.Error));
        Assert.True(delivered.AttemptedAt < timedOut.AttemptedAt.AddMilliseconds(timedOut.DurationMilliseconds),
            $"The quick endpoint was sent to at {delivered.AttemptedAt:O}, after the slow attempt of {timedOut.AttemptedAt:O} timed out.");
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_redelivery_sends_the_event_again_with_the_same_message_id(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Again");
        var webhook = await scene.CreateAsync("/status/200", "content.published");
        await scene.PublishOrganisationAsync("Watch");
        var delivered = Assert.Single(await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "DELIVERED" }], "the delivery"));

        var queued = (await scene.Owner.MutateAsync("redeliverWebhookEvent", "RedeliverWebhookEventInput",
            "webhookDelivery { status attemptCount messageId } errors { code message }", new { delivery = delivered.Id })).AssertNoErrors();

        Assert.Equal(("PENDING", 0, delivered.MessageId), (queued.Data<string>("webhookDelivery.status"), queued.Data<int>("webhookDelivery.attemptCount"),
            queued.Data<string>("webhookDelivery.messageId")));
        var requests = await scene.Receiver.WaitForAsync(received => received.Count == 2);
        Assert.All(requests, request => Assert.Equal(delivered.MessageId, MessageIdOf(request)));
        var again = Assert.Single(await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "DELIVERED", Attempts.Count: 2 }], "the redelivery"));
        Assert.Equal((1, "DELIVERED"), (again.AttemptCount, again.Attempts[1].Outcome));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task During_a_rotation_the_new_and_the_previous_secret_both_sign_and_a_second_rotation_drops_the_oldest(DatabaseProvider provider)
    {
        await using var scene = await SceneAsync(provider, "Rotation");
        var webhook = await scene.CreateAsync("/status/200", "content.published");
        var first = await RotateAsync(scene, webhook.Id, webhook.Webhook.Version);
        Assert.NotEqual(webhook.Secret, first.Secret);
        Assert.InRange(first.Webhook.PreviousSecretUntil!.Value, DateTime.UtcNow.AddHours(23), DateTime.UtcNow.AddHours(25));

        await scene.PublishOrganisationAsync("First");
        var overlapping = (await scene.Receiver.WaitForAsync(received => received.Count == 1))[0];
        Assert.Equal([0], PackageVerifier.VerifiedSignatures(first.Secret, overlapping.Body, overlapping.Headers));
        Assert.Equal([1], PackageVerifier.VerifiedSignatures(webhook.Secret, overlapping.Body, overlapping.Headers));

        var second = await RotateAsync(scene, webhook.Id, first.Webhook.Version);
        await scene.PublishOrganisationAsync("Second");
        var later = (await scene.Receiver.WaitForAsync(received => received.Count == 2))[1];
        Assert.Equal([0], PackageVerifier.VerifiedSignatures(second.Secret, later.Body, later.Headers));
        Assert.Equal([1], PackageVerifier.VerifiedSignatures(first.Secret, later.Body, later.Headers));
        Assert.Empty(PackageVerifier.VerifiedSignatures(webhook.Secret, later.Body, later.Headers));
    }

    private static async Task<CreatedWebhook> RotateAsync(WebhookScene scene, string id, int version)
    {
        var rotated = (await scene.Owner.MutateAsync("rotateWebhookSecret", "RecordVersionInput",
            $"webhook {{ {WebhookScene.WebhookSelection} }} secret errors {{ code message }}", new { id, expectedVersion = version })).AssertNoErrors();
        return new CreatedWebhook(rotated.Data<StoredWebhook>("webhook"), rotated.Data<string>("secret"));
    }

    private sealed record AuditRow(string Action, string Actor);
}
