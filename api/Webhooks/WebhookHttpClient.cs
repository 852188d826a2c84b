namespace NetworkGraph.Api.Webhooks;

/// <summary>The HTTP client of webhook attempts, shared by all endpoints.</summary>
public static class WebhookHttpClient
{
    public const string UserAgent = "NetworkGraph-Webhooks/1.0";

    /// <summary>
    /// A client whose every connection goes through <see cref="WebhookConnections"/>. It uses no proxy (a proxy would
    /// be reached instead of the checked address), follows no redirect (a 3xx is a failed attempt), keeps no cookies, and
    /// renews pooled connections every few minutes so that a changed address is resolved and checked again. Timeouts are
    /// the delivery pipeline's, not the client's.
    /// </summary>
    public static HttpClient Create(WebhookConnections connections)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (context, cancellationToken) => connections.ConnectAsync(context.DnsEndPoint, cancellationToken),
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }
}
