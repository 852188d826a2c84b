using System.Net;
using System.Text.Json.Nodes;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>A short wait for connection_init, two operations per connection and two connections per caller.</summary>
public sealed class LimitedSubscriptionApps() : SubscriptionApps(new Dictionary<string, string>
{
    ["Subscriptions:InitTimeout"] = "00:00:01",
    ["Subscriptions:MaxOperationsPerConnection"] = "2",
    ["Subscriptions:MaxConnectionsPerCaller"] = "2",
});

/// <summary>
/// The limits of the subscription transports. Each test that does not test the count by client address connects with a
/// key of its own in the upgrade request's headers, so that it is counted apart from the others.
/// </summary>
public sealed class SubscriptionLimitTests(LimitedSubscriptionApps apps) : IClassFixture<LimitedSubscriptionApps>
{
    private async Task<(string Name, string Value)> KeyHeaderAsync() => ("X-Api-Key", await apps.App.CreateKeyAsync(Role.Curator));

    [Fact]
    public async Task A_connection_without_connection_init_in_time_is_closed_with_4408()
    {
        await using var socket = await apps.ConnectAsync(ProtocolSocket.Subprotocol, await KeyHeaderAsync());
        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_operation_over_the_limit_of_a_connection_gets_an_error_and_the_connection_stays_open()
    {
        var channel = apps.Channels["operations"];
        const string subscription = "subscription { pushed(channel: \"operations\") { value } }";
        await using var socket = await apps.ConnectAsync(ProtocolSocket.Subprotocol, await KeyHeaderAsync());
        await socket.InitAsync();
        await socket.SubscribeAsync("a", subscription);
        await socket.SubscribeAsync("b", subscription);
        await channel.WaitForSubscribersAsync(2);

        await socket.SubscribeAsync("c", subscription);
        var refused = await socket.ReceiveAsync();
        Assert.Equal(("error", "c"), (ProtocolSocket.Type(refused), refused["id"]!.GetValue<string>()));
        var error = Assert.Single(refused["payload"]!.AsArray())!;
        Assert.Equal("TOO_MANY_OPERATIONS", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("This connection runs 2 operations already, as many as it may: complete one before you start another.", error["message"]!.GetValue<string>());

        await socket.SendAsync(new { type = "complete", id = "a" });
        await channel.WaitForSubscribersAsync(1);
        await socket.SubscribeAsync("d", subscription);
        await channel.WaitForSubscribersAsync(2);
        channel.Push(7);
        var ids = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() }.Select(m => m["id"]!.GetValue<string>()).Order();
        Assert.Equal(["b", "d"], ids);
    }

    [Fact]
    public async Task A_caller_known_at_the_upgrade_gets_429_past_its_connections()
    {
        var key = await KeyHeaderAsync();
        await using var first = await apps.ConnectAsync(ProtocolSocket.Subprotocol, key);
        await first.InitAsync();
        await using var second = await apps.ConnectAsync(ProtocolSocket.Subprotocol, key);
        await second.InitAsync();

        using var http = apps.Http();
        using var upgrade = new HttpRequestMessage(HttpMethod.Get, "graphql");
        foreach (var (name, value) in new[] { ("Connection", "Upgrade"), ("Upgrade", "websocket"), ("Sec-WebSocket-Version", "13"),
                     ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Protocol", ProtocolSocket.Subprotocol), key })
            upgrade.Headers.TryAddWithoutValidation(name, value);
        using var refused = await http.SendAsync(upgrade);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Too many open subscription connections: at most 2 for one caller.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_caller_known_at_connection_init_is_closed_with_1008_past_its_connections()
    {
        var payload = new { authorization = $"Bearer {await apps.App.CreateKeyAsync(Role.Curator)}" };
        await using var first = await apps.ConnectAsync();
        await first.InitAsync(payload);
        await using var second = await apps.ConnectAsync();
        await second.InitAsync(payload);

        await using var third = await apps.ConnectAsync();
        await third.SendAsync(new { type = "connection_init", payload });
        Assert.Equal((1008, "Too many open subscription connections: at most 2 for one caller."), await third.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_event_stream_counts_as_a_connection_of_its_caller()
    {
        var key = await apps.App.CreateKeyAsync(Role.Curator);
        var channel = apps.Channels["streams"];
        using var http = apps.Http();
        using var first = await EventStreamClient.OpenAsync(http, "subscription { pushed(channel: \"streams\") { value } }", key);
        using var second = await EventStreamClient.OpenAsync(http, "subscription { pushed(channel: \"streams\") { value } }", key);
        await channel.WaitForSubscribersAsync(2);

        var refused = await EventStreamClient.PostAsync(http, "subscription { pushed(channel: \"streams\") { value } }", key);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
    }
}
