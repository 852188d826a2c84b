using System.Net;
using System.Net.Sockets;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Which addresses a webhook may not reach: any that is not a public unicast address, so that a webhook cannot be
/// aimed at the server itself, its private network or the cloud metadata service (169.254.169.254).
/// </summary>
public static class WebhookTargetAddresses
{
    private static readonly (IPNetwork Range, string Kind)[] NotPublic =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "protocol assignment"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("255.255.255.255/32"), "broadcast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("fc00::/7"), "unique-local"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
    ];

    /// <summary>IPv6 ranges that carry an IPv4 address in their last 32 bits: it is that address that is reached.</summary>
    private static readonly IPNetwork[] CarryingIPv4 =
    [
        IPNetwork.Parse("::ffff:0:0/96"), // IPv4-mapped
        IPNetwork.Parse("::/96"), // IPv4-compatible (deprecated, still routed by some stacks)
        IPNetwork.Parse("64:ff9b::/96"), // NAT64
    ];

    /// <summary>What kind of non-public address this is (e.g. "loopback"), or null for a public address.</summary>
    public static string? NotPublicKind(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && CarriedIPv4(address) is { } carried)
            return NotPublicKind(carried);
        foreach (var (range, kind) in NotPublic)
            if (range.Contains(address)) return kind;
        return null;
    }

    private static IPAddress? CarriedIPv4(IPAddress address)
    {
        // :: and ::1 lie in the IPv4-compatible range but are IPv6's own unspecified and loopback addresses.
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Loopback)) return null;
        if (!CarryingIPv4.Any(range => range.Contains(address))) return null;
        return new IPAddress(address.GetAddressBytes().AsSpan(12));
    }
}
