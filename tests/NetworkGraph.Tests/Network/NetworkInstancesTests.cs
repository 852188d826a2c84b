using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Network;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Organisations;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// Two instances of the service on one PostgreSQL database, as two servers behind a load balancer: what one commits, the
/// other's network takes in when it hears of the commit (LISTEN/NOTIFY, <see cref="NotifiedInstancesTests"/>) or, without
/// notifications, when it next polls the change log (<see cref="PolledInstancesTests"/>). The second is asked every 50 ms
/// for at most 2 s, ten poll intervals, so that a busy machine does not fail the test; a change that never arrives does.
/// </summary>
public abstract class NetworkInstancesTests<TInstances>(TInstances instances) : IClassFixture<TInstances> where TInstances : NetworkInstances
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private const string PathQuery = """
        query ($from: ID!, $to: ID!) { network { asOf path(from: $from, to: $to) { nodes { id } ties { kind role } } } }
        """;

    private sealed record FoundTie(string Kind, string Role);
    private sealed record FoundPath(Identified[] Nodes, FoundTie[] Ties);

    [SkippableFact]
    public async Task A_partnership_added_on_one_instance_is_found_on_the_other_within_two_seconds()
    {
        var (first, second) = instances.Started();
        var (north, south) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"));
        await first.SeedAsync(db => db.AddRange(north, south));
        var seeded = await CaughtUpAsync(first, second, "the seeded records");
        Assert.Empty((await PathAsync(second, north, south)).Data<FoundPath[]>("network.path"));

        using var curator = await first.CuratorClientAsync();
        (await curator.MutateAsync("addPartnership", "AddPartnershipInput", "partnership { id } errors { code message path }",
            new { organisation = Id(north), partner = Id(south), kind = "JOINT_CAMPAIGN" })).AssertNoErrors();
        var added = await AsOfAsync(first);
        Assert.True(added > seeded);
        Assert.Equal(added, await SnapshotAsOfAsync(first));

        GraphQLResponse? found = null;
        await WithinPollsAsync("the second instance finds the partnership", async () =>
            (found = await PathAsync(second, north, south)).Data<FoundPath[]>("network.path").Length > 0);
        var path = Assert.Single(found!.Data<FoundPath[]>("network.path"));
        Assert.Equal([Id(north), Id(south)], path.Nodes.Select(node => node.Id));
        Assert.Equal(new FoundTie("PARTNERSHIP", "JOINT_CAMPAIGN"), Assert.Single(path.Ties));
        Assert.Equal(added, found.Data<long>("network.asOf"));
    }

    [SkippableFact]
    public async Task A_defender_erased_on_one_instance_leaves_every_view_of_the_other_within_two_seconds()
    {
        var (first, second) = instances.Started();
        var scene = NetworkScene.Fresh("Defender");
        await NetworkScene.SeedAsync(first, scene);
        var clients = await NetworkCallers.ClientsAsync(second, scene);
        await CaughtUpAsync(first, second, "the seeded defender");
        Assert.Equal(NetworkCallers.FoundBy(scene, _ => true), await NetworkCallers.FindingAsync(clients, scene));

        using var admin = await first.KeyClientAsync(Role.Admin);
        (await NetworkCallers.EraseAsync(admin, scene.Record!)).AssertNoErrors();

        await CaughtUpAsync(first, second, "the erasure");
        Assert.Equal(NetworkCallers.FoundBy(scene, _ => false), await NetworkCallers.FindingAsync(clients, scene));
    }

    /// <summary>
    /// Waits for the second instance's network to reach the change log's position in the first's (which applies its own
    /// changes at once); returns where. Each answer's <c>asOf</c> moves only with what its audience sees, so the
    /// snapshots are compared.
    /// </summary>
    private static async Task<long> CaughtUpAsync(NetworkGraphApp first, NetworkGraphApp second, string what)
    {
        var asOf = await SnapshotAsOfAsync(first);
        await WithinPollsAsync($"the second instance takes in {what}", async () => await SnapshotAsOfAsync(second) == asOf);
        return asOf;
    }

    private static async Task<long> SnapshotAsOfAsync(NetworkGraphApp app) =>
        (await app.Services.GetRequiredService<NetworkEngine>().CurrentAsync(CancellationToken.None)).AsOf;

    /// <summary>Asks every 50 ms until the condition holds; fails when it has not within 2 s.</summary>
    private static async Task WithinPollsAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Within, $"Not within {Within.TotalMilliseconds} ms: {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<long> AsOfAsync(NetworkGraphApp app) =>
        (await app.QueryAsync("{ network { asOf } }")).AssertNoErrors().Data<long>("network.asOf");

    private static async Task<GraphQLResponse> PathAsync(NetworkGraphApp app, Organisation from, Organisation to) =>
        (await app.QueryAsync(PathQuery, new { from = Id(from), to = Id(to) })).AssertNoErrors();

    private static string Id(Organisation organisation) => GlobalId.Encode("Organisation", organisation.Id.ToString("N"));
}

/// <summary>Instances that hear of each other's commits at once, and would poll only every ten minutes.</summary>
public sealed class NotifiedInstancesTests(NotifiedInstancesTests.Instances instances) : NetworkInstancesTests<NotifiedInstancesTests.Instances>(instances)
{
    public sealed class Instances() : NetworkInstances(new() { ["Changes:PollInterval"] = "00:10:00" });
}

/// <summary>Instances that do not listen for notifications (as behind a pooler without sessions) and poll every 200 ms.</summary>
public sealed class PolledInstancesTests(PolledInstancesTests.Instances instances) : NetworkInstancesTests<PolledInstancesTests.Instances>(instances)
{
    public sealed class Instances() : NetworkInstances(new() { ["Changes:PollInterval"] = "00:00:00.2", ["Changes:Listen"] = "false" });
}

/// <summary>Two instances on one new PostgreSQL database, when a server is configured: the first prepares it, the second shares it.</summary>
public abstract class NetworkInstances(Dictionary<string, string> settings) : IAsyncLifetime
{
    private NetworkGraphApp? first, second;

    /// <summary>The two instances, started; the test is skipped, and says why, when PostgreSQL is not configured.</summary>
    public (NetworkGraphApp First, NetworkGraphApp Second) Started()
    {
        Skip.If(first is null || second is null, TestDatabase.SkipReason(DatabaseProvider.PostgreSQL));
        return (first, second);
    }

    public Task InitializeAsync()
    {
        if (!TestDatabase.IsConfigured(DatabaseProvider.PostgreSQL)) return Task.CompletedTask;
        first = new NetworkGraphApp(TestDatabase.Create(DatabaseProvider.PostgreSQL), settings);
        _ = first.Server;
        second = first.Beside();
        _ = second.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (second is not null) await second.DisposeAsync();
        if (first is not null) await first.DisposeAsync();
    }
}
