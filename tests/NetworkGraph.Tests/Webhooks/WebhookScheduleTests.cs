using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// The retry schedule run through in moments, on apps of their own: its delays a hundred thousand times shorter, and a
/// circuit that never opens, so that every attempt of the schedule is sent.
/// </summary>
public sealed class WebhookScheduleTests
{
    private static NetworkGraphApp App(DatabaseProvider provider, string retryDelayScale, string disableAfter) =>
        new(TestDatabase.Create(provider), new Dictionary<string, string>(WebhookApps.Settings)
        {
            ["Webhooks:RetryDelayScale"] = retryDelayScale,
            ["Webhooks:CircuitMinimumThroughput"] = "1000",
            ["Webhooks:DisableAfter"] = disableAfter,
        });

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task After_the_ninth_failed_attempt_a_delivery_has_failed_for_good_and_the_webhook_stays_enabled(DatabaseProvider provider)
    {
        await using var app = App(provider, retryDelayScale: "0.00001", disableAfter: "01:00:00");
        await using var scene = await WebhookScene.StartAsync(app, await app.KeyClientAsync(Role.Admin), $"Schedule {provider}");
        var webhook = await scene.CreateAsync("/status/500", "content.published");

        await scene.PublishOrganisationAsync("Failing");

        var failed = Assert.Single(await scene.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "FAILED" }], "the delivery failed for good"));
        Assert.Equal((9, 9), (failed.AttemptCount, scene.Receiver.Received.Count));
        Assert.All(failed.Attempts, attempt => Assert.Equal(("HTTP_ERROR", (int?)500, "HTTP 500"), (attempt.Outcome, attempt.StatusCode, attempt.Error)));
        var stored = await scene.WebhookAsync(webhook.Id);
        Assert.Equal((true, (string?)null), (stored!.Enabled, stored.DisabledReason));
        Assert.NotNull(stored.FailingSince);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_endpoint_that_fails_every_attempt_for_longer_than_DisableAfter_is_disabled_and_its_delivery_waits(DatabaseProvider provider)
    {
        await using var app = App(provider, retryDelayScale: "0.001", disableAfter: "00:00:00.200");
        await using var scene = await WebhookScene.StartAsync(app, await app.KeyClientAsync(Role.Admin), $"Failing {provider}");
        var webhook = await scene.CreateAsync("/status/503", "content.published");

        await scene.PublishOrganisationAsync("Failing");

        var disabled = await Eventually.UntilAsync(() => scene.WebhookAsync(webhook.Id), stored => stored is { Enabled: false }, "the webhook disabled");
        Assert.Equal("FAILING", disabled!.DisabledReason);
        var waiting = Assert.Single(await scene.DeliveriesAsync(webhook.Id));
        Assert.Equal("PENDING", waiting.Status);
        Assert.True(disabled.DisabledAt - disabled.FailingSince >= TimeSpan.FromMilliseconds(200));
    }
}
