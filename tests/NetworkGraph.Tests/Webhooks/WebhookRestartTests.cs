using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Deliveries are stored: a service that stops leaves them to the next one on the same database. The first service's
/// scene is not disposed: its service has stopped, and the database it made goes with the app.
/// </summary>
public sealed class WebhookRestartTests
{
    private static NetworkGraphApp App(DatabaseProvider provider) => new(TestDatabase.Create(provider), WebhookApps.Settings);

    private static async Task<WebhookScene> SceneAsync(NetworkGraphApp app, WebhookReceiver receiver) =>
        await WebhookScene.StartAsync(app, await app.KeyClientAsync(Role.Admin), "Restart", receiver);

    /// <summary>Stops the first service and gives a scene on the next one.</summary>
    private static async Task<WebhookScene> RestartAsync(NetworkGraphApp stopped, NetworkGraphApp next, WebhookReceiver receiver)
    {
        await stopped.Services.GetRequiredService<IHost>().StopAsync();
        return await SceneAsync(next, receiver);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_service_stopped_between_attempts_and_another_started_on_the_database_loses_and_doubles_nothing(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = App(provider);
        var before = await SceneAsync(first, receiver);
        var webhook = await before.CreateAsync("/switch", "content.published");
        receiver.SwitchStatus = 500;
        var stranded = await before.PublishOrganisationAsync("Before");
        // After the fourth failed attempt the next waits 1.8 s here, shortened by at most a fifth: no attempt is under way meanwhile.
        await before.WaitForDeliveriesAsync(webhook.Id, all => all is [{ AttemptCount: >= 4, Attempts: [.., { Outcome: "HTTP_ERROR" }] }], "a pause between attempts");

        await using var second = first.Beside();
        await using var after = await RestartAsync(first, second, receiver);
        receiver.SwitchStatus = 200;
        var later = await after.PublishOrganisationAsync("After");

        var deliveries = await after.WaitForDeliveriesAsync(webhook.Id, all => all.Count == 2 && all.All(d => d.Status == "DELIVERED"), "both deliveries");
        Assert.Equal([stranded, later], deliveries.Select(d => WebhookScene.SubjectOf(d.Payload)));
        foreach (var delivery in deliveries)
        {
            Assert.Equal(delivery.Sent, receiver.Received.Count(request => request.Headers["webhook-id"] == delivery.MessageId));
            Assert.Single(delivery.Attempts, attempt => attempt.Outcome == "DELIVERED");
        }
        Assert.Contains(deliveries[0].Attempts, attempt => attempt.StatusCode == 500);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_attempt_the_service_stops_in_the_middle_of_is_logged_and_the_next_service_attempts_it_at_once(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = App(provider);
        var before = await SceneAsync(first, receiver);
        var webhook = await before.CreateAsync("/slow", "content.published");
        await before.PublishOrganisationAsync("Slow");
        await receiver.SlowRequestArrived;

        await using var second = first.Beside();
        await using var after = await RestartAsync(first, second, receiver);

        var attempts = (await after.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Attempts.Count: >= 2 }], "the attempt after the restart"))[0].Attempts;
        Assert.Equal([("INTERRUPTED", "The service stopped during the attempt."), ("TIMEOUT", "Timed out after 2 s")],
            attempts[..2].Select(attempt => (attempt.Outcome, attempt.Error!)));
        Assert.True(receiver.Received.Count >= 2);
    }
}
