using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using NetworkGraph.Tests.Proposals;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>
/// Two instances of the service on one PostgreSQL database: a change committed through one reaches a subscriber of the
/// other, which hears of the commit (LISTEN/NOTIFY) and reads it from the shared change log. Polling is off (every ten
/// minutes), so only the notification can bring it in time.
/// </summary>
public sealed class ChangeSubscriptionInstancesTests(ChangeSubscriptionInstancesTests.Instances instances) : IClassFixture<ChangeSubscriptionInstancesTests.Instances>
{
    public sealed class Instances : IAsyncLifetime
    {
        private NetworkGraphApp? first, second;

        public (NetworkGraphApp First, NetworkGraphApp Second, Uri SecondAddress) Started()
        {
            Skip.If(first is null || second is null, TestDatabase.SkipReason(DatabaseProvider.PostgreSQL));
            return (first, second, SecondAddress);
        }

        private Uri SecondAddress { get; set; } = null!;

        public Task InitializeAsync()
        {
            if (!TestDatabase.IsConfigured(DatabaseProvider.PostgreSQL)) return Task.CompletedTask;
            first = new NetworkGraphApp(TestDatabase.Create(DatabaseProvider.PostgreSQL), new Dictionary<string, string> { ["Changes:PollInterval"] = "00:10:00" });
            _ = first.Server;
            second = first.Beside();
            SecondAddress = second.StartOnPort();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            if (second is not null) await second.DisposeAsync();
            if (first is not null) await first.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_tie_added_through_one_instance_reaches_a_subscriber_of_the_other()
    {
        var (first, _, secondAddress) = instances.Started();
        var (north, south) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"));
        await first.SeedAsync(db => db.AddRange(north, south));
        using var curator = await first.CuratorClientAsync();
        var before = await ChangeSubscriptionTests.AddPartnershipAsync(curator, north, south, "PUBLIC");

        await using var subscriber = await ChangeSubscriptionTests.SubscribeAsync(secondAddress, key: null,
            "subscription ($of: ID!) { tiesChanged(of: $of, after: \"0\") { type id } }", new { of = ProposalWorld.Id(north) });
        Assert.Equal(before, ChangeSubscriptionTests.Data(await subscriber.ReceiveAsync(), "tiesChanged")["id"]!.GetValue<string>());
        var live = await ChangeSubscriptionTests.AddPartnershipAsync(curator, north, south, "PUBLIC", kind: "FUNDER");
        Assert.Equal(live, ChangeSubscriptionTests.Data(await subscriber.ReceiveAsync(), "tiesChanged")["id"]!.GetValue<string>());
    }
}
