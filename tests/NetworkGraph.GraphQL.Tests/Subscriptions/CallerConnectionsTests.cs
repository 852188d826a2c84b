using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.GraphQL.Tests.Subscriptions;

public sealed class CallerConnectionsTests
{
    private readonly CallerConnections connections = new(Options.Create(new SubscriptionOptions { MaxConnectionsPerCaller = 2 }));

    [Fact]
    public void A_partition_holds_at_most_the_limit_and_a_closed_connection_frees_its_place()
    {
        var first = connections.TryOpen("a");
        Assert.NotNull(connections.TryOpen("a"));
        Assert.Null(connections.TryOpen("a"));
        Assert.NotNull(connections.TryOpen("b"));
        first!.Dispose();
        first.Dispose();
        Assert.NotNull(connections.TryOpen("a"));
        Assert.Null(connections.TryOpen("a"));
    }

    [Fact]
    public void A_connection_moves_to_the_partition_of_its_caller_only_when_that_one_has_room()
    {
        var full = new[] { connections.TryOpen("key"), connections.TryOpen("key") };
        using var anonymous = connections.TryOpen("address")!;
        Assert.False(anonymous.TryMoveTo("key"));
        full[0]!.Dispose();
        Assert.True(anonymous.TryMoveTo("key"));
        Assert.NotNull(connections.TryOpen("address"));
        Assert.NotNull(connections.TryOpen("address"));
        Assert.Null(connections.TryOpen("key"));
    }
}
