using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>Deliveries are stored: a service stopped between attempts leaves them to the next one on the same database.</summary>
public sealed class WebhookRestartTests
{
    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_service_stopped_between_attempts_and_another_started_on_the_database_loses_and_doubles_nothing(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = new NetworkGraphApp(TestDatabase.Create(provider), WebhookApps.Settings);
        var name = $"Restart {provider}";
        // Not disposed: its service stops below, and the database it made goes with the app.
        var before = await WebhookScene.StartAsync(first, await first.KeyClientAsync(Role.Admin), name, receiver);
        var webhook = await before.CreateAsync("/switch", "content.published");
        receiver.SwitchStatus = 500;
        var stranded = await before.PublishOrganisationAsync("Before");
        // Two failures open the circuit, which holds the next attempt back for a second: no attempt is under way.
        await before.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Attempts: [.., { Outcome: "CIRCUIT_OPEN" }] }], "a pause between attempts");

        await first.Services.GetRequiredService<IHost>().StopAsync();
        receiver.SwitchStatus = 200;
        await using var second = first.Beside();
        await using var after = await WebhookScene.StartAsync(second, await second.KeyClientAsync(Role.Admin), name, receiver);
        var later = await after.PublishOrganisationAsync("After");

        var deliveries = await after.WaitForDeliveriesAsync(webhook.Id, all => all.Count == 2 && all.All(d => d.Status == "DELIVERED"), "both deliveries");
        var received = receiver.Received;
        Assert.Equal([stranded, later], deliveries.Select(d => WebhookScene.SubjectOf(d.Payload)));
        foreach (var delivery in deliveries)
        {
            var requests = received.Where(request => request.Headers["webhook-id"] == delivery.MessageId).ToList();
            Assert.Equal(delivery.Sent, requests.Count);
            Assert.Single(delivery.Attempts, attempt => attempt.Outcome == "DELIVERED");
        }
        Assert.Contains(deliveries[0].Attempts, attempt => attempt.StatusCode == 500);
    }
}
