using System.Net;
using System.Net.Sockets;

namespace NetworkGraph.Api.Webhooks;

/// <summary>Finds the addresses of a host name; a test gives names addresses of its choosing.</summary>
public interface IHostAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>A webhook attempt that was not sent because its host is, or resolves to, an address webhooks may not reach.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);

/// <summary>
/// Opens the connections of webhook attempts. It resolves the host itself, refuses it if any of its addresses is not
/// public, and then connects to exactly the addresses it checked, so that a name that resolves to another address a
/// moment later (DNS rebinding) cannot lead the connection elsewhere.
/// </summary>
public sealed class WebhookConnections(IHostAddressResolver resolver, bool allowPrivateTargets)
{
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var addresses = await CheckedAddressesAsync(endPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The addresses of a host (an IP literal or a name), each one checked; throws <see cref="WebhookTargetRefusedException"/>.</summary>
    public async Task<IPAddress[]> CheckedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            if (!allowPrivateTargets) Refuse(literal, literal.ToString());
            return [literal];
        }
        var addresses = await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (!allowPrivateTargets)
            foreach (var address in addresses) Refuse(address, $"{host} ({address})");
        return addresses;
    }

    private static void Refuse(IPAddress address, string target)
    {
        if (WebhookTargetAddresses.NotPublicKind(address) is { } kind)
            throw new WebhookTargetRefusedException($"Refused target: {target} is not a public address ({kind}), which webhooks may not reach.");
    }
}
