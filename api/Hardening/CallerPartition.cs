using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using NetworkGraph.Api.Access.Keys;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// The rate limit a request counts against: its API key's (or token subject's), or, without either, its client address's. Only endpoints that
/// read API keys are limited (the GraphQL endpoint and the printed schema); health checks and the IDE's files are not.
/// </summary>
public static class CallerPartition
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static RateLimitPartition<string> For(HttpContext http, RateLimitsOptions limits)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ApiKeyAuthenticated>() is null)
            return RateLimitPartition.GetNoLimiter("");
        var viewer = http.RequestServices.GetRequiredService<CurrentViewer>().Viewer;
        return PerMinute(NameOf(viewer, http.Connection.RemoteIpAddress), viewer.IsAnonymous ? limits.PermitsPerMinute : limits.KeyPermitsPerMinute);
    }

    /// <summary>
    /// The partition of a caller: a caller with a key or an identity provider's token is counted as itself, wherever it
    /// calls from; an anonymous one by its client network. Subscription connections are counted by the same names.
    /// </summary>
    public static string NameOf(Viewer viewer, IPAddress? address) =>
        viewer.IsAnonymous ? $"address {ClientNetwork(address)}" : $"caller {viewer.ApiKeyId?.ToString() ?? viewer.Actor}";

    private static RateLimitPartition<string> PerMinute(string partition, int permits) => permits <= 0
        ? RateLimitPartition.GetNoLimiter(partition)
        : RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });

    /// <summary>
    /// The address an anonymous caller is counted by. An IPv6 host usually holds a whole /64 and can send from any
    /// address in it, so IPv6 callers are counted by that network, not by the single address.
    /// </summary>
    public static string ClientNetwork(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
