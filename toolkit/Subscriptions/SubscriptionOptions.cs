namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>Limits of the subscription transports (graphql-transport-ws and Server-Sent Events), bound from the "Subscriptions" section.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan InitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most operations one WebSocket connection may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 20;

    /// <summary>The most WebSocket connections and event streams one caller (an API key, a token's subject, else a client address) may hold open.</summary>
    public int MaxConnectionsPerCaller { get; set; } = 10;

    /// <summary>How often an idle connection is kept alive: a WebSocket ping frame, an SSE comment.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
