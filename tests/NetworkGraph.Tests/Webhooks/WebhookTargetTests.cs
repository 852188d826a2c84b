using System.Net;
using NetworkGraph.Api.Webhooks;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Refusals when an attempt connects, which the URL check cannot replace: names resolve when each attempt is made.
/// Only loopback addresses are ever sent to; the other refusals are checked without connecting.
/// </summary>
public sealed class WebhookTargetTests
{
    private const string RebindingName = "rebinds-to-loopback.example";

    private static readonly FixedHostAddresses Resolver = new(new()
    {
        ["localhost"] = [IPAddress.Loopback, IPAddress.IPv6Loopback],
        [RebindingName] = [IPAddress.Loopback],
        ["partly-private.example"] = [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.0.0.7")],
        ["public.example"] = [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2a00:1450:4001:82b::200e")],
    });

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1 is not a public address (loopback)")]
    [InlineData("localhost", "localhost (127.0.0.1) is not a public address (loopback)")]
    [InlineData("::1", "::1 is not a public address (loopback)")]
    [InlineData("10.1.2.3", "10.1.2.3 is not a public address (private)")]
    [InlineData("172.31.255.1", "172.31.255.1 is not a public address (private)")]
    [InlineData("192.168.1.1", "192.168.1.1 is not a public address (private)")]
    [InlineData("100.100.0.1", "100.100.0.1 is not a public address (carrier-grade NAT)")]
    [InlineData("169.254.169.254", "169.254.169.254 is not a public address (link-local)")]
    [InlineData("::ffff:127.0.0.1", "::ffff:127.0.0.1 is not a public address (loopback)")]
    [InlineData("::ffff:169.254.169.254", "::ffff:169.254.169.254 is not a public address (link-local)")]
    [InlineData("::10.1.2.3", "::10.1.2.3 is not a public address (private)")]
    [InlineData("64:ff9b::a01:203", "64:ff9b::a01:203 is not a public address (private)")]
    [InlineData("fd00::1", "fd00::1 is not a public address (unique-local)")]
    [InlineData("fe80::1", "fe80::1 is not a public address (link-local)")]
    [InlineData("0.0.0.0", "0.0.0.0 is not a public address (unspecified)")]
    [InlineData("::", ":: is not a public address (unspecified)")]
    [InlineData("224.0.0.251", "224.0.0.251 is not a public address (multicast)")]
    [InlineData("ff02::1", "ff02::1 is not a public address (multicast)")]
    [InlineData("255.255.255.255", "255.255.255.255 is not a public address (broadcast)")]
    [InlineData("192.0.2.10", "192.0.2.10 is not a public address (documentation)")]
    [InlineData("2001:db8::1", "2001:db8::1 is not a public address (documentation)")]
    [InlineData("198.18.0.1", "198.18.0.1 is not a public address (benchmarking)")]
    [InlineData(RebindingName, "rebinds-to-loopback.example (127.0.0.1) is not a public address (loopback)")]
    [InlineData("partly-private.example", "partly-private.example (10.0.0.7) is not a public address (private)")]
    public async Task A_host_that_is_or_resolves_to_a_non_public_address_is_refused_when_connecting(string host, string reason)
    {
        var refusal = await Assert.ThrowsAsync<WebhookTargetRefusedException>(
            () => new WebhookConnections(Resolver, allowPrivateTargets: false).CheckedAddressesAsync(host, CancellationToken.None));

        Assert.Equal($"Refused target: {reason}, which webhooks may not reach.", refusal.Message);
    }

    [Fact]
    public async Task A_public_host_is_connected_to_at_exactly_the_addresses_checked() =>
        Assert.Equal([IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2a00:1450:4001:82b::200e")],
            await new WebhookConnections(Resolver, allowPrivateTargets: false).CheckedAddressesAsync("public.example", CancellationToken.None));

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1 is not a public address (loopback)")]
    [InlineData("localhost", "localhost (127.0.0.1) is not a public address (loopback)")]
    [InlineData("[::1]", "::1 is not a public address (loopback)")]
    [InlineData("[::ffff:127.0.0.1]", "::ffff:127.0.0.1 is not a public address (loopback)")]
    [InlineData(RebindingName, "rebinds-to-loopback.example (127.0.0.1) is not a public address (loopback)")]
    public async Task An_attempt_to_a_loopback_target_is_not_sent(string host, string reason)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var sender = Senders.Create(options => options.AllowPrivateTargets = false, resolver: Resolver);

        var attempt = await sender.SendAsync(new WebhookEndpoint("refused", receiver.Url("/status/204", host), [WebhookSecrets.Create()]),
            "msg_refused", "{}", CancellationToken.None);

        Assert.Equal((WebhookAttemptOutcome.TargetRefused, (int?)null, $"Refused target: {reason}, which webhooks may not reach."),
            (attempt.Outcome, attempt.StatusCode, attempt.Error));
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task The_system_resolver_gives_localhost_only_loopback_addresses() =>
        Assert.All(await new DnsHostAddressResolver().ResolveAsync("localhost", CancellationToken.None), address => Assert.True(IPAddress.IsLoopback(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData(RebindingName)] // unknown to DNS: reached only because the checked address is the one connected to
    public async Task An_attempt_to_a_loopback_target_is_sent_when_private_targets_are_allowed(string host)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var sender = Senders.Create(resolver: Resolver);

        var attempt = await sender.SendAsync(new WebhookEndpoint("allowed", receiver.Url("/status/204", host), [WebhookSecrets.Create()]),
            "msg_allowed", "{}", CancellationToken.None);

        Assert.Equal((WebhookAttemptOutcome.Delivered, (int?)204), (attempt.Outcome, attempt.StatusCode));
        Assert.Equal("/status/204", Assert.Single(receiver.Received).Path);
    }

    [Fact]
    public async Task A_refused_target_does_not_count_against_the_endpoint()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var sender = Senders.Create(options => (options.AllowPrivateTargets, options.CircuitMinimumThroughput) = (false, 2));
        var endpoint = new WebhookEndpoint("refused-often", receiver.Url("/status/204"), [WebhookSecrets.Create()]);


        Assert.Equal(Enumerable.Repeat(WebhookAttemptOutcome.TargetRefused, 4), await sender.OutcomesAsync(endpoint, 4));
    }
}
