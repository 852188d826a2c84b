using System.Net.WebSockets;
using GraphQL.Types;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>
/// GraphQL over WebSocket with the graphql-transport-ws protocol, on the path of the HTTP endpoint. A request for any
/// other subprotocol, or for none, is accepted and closed at once with 4406.
/// <para>
/// Connections per caller (<see cref="SubscriptionOptions.MaxConnectionsPerCaller"/>): the upgrade request counts for
/// the caller its headers make (its API key or token, else its client address) and is answered 429 with a
/// <c>RATE_LIMITED</c> error when that caller has as many connections open as it may. Credentials sent later, in
/// <c>connection_init</c>, move the connection to their caller's count; when that one is full the socket is closed
/// with 1008 and the reason.
/// </para>
/// </summary>
public sealed class GraphQLWebSocketEndpoint<TSchema>(StreamingServices<TSchema> services) where TSchema : ISchema
{
    public const string Subprotocol = "graphql-transport-ws";

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol))
        {
            await RefuseSubprotocolAsync(http);
            return;
        }
        using var lease = services.Connections.TryOpen(services.Callers.OfRequest(http).Partition);
        if (lease is null)
        {
            await services.Responses.WriteAsync(http, services.Connections.Refusal(), ResponseMediaType.Choose(http.Request) ?? ResponseMediaType.GraphQLResponse);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Subprotocol);
        var connection = new GraphQLWebSocketConnection<TSchema>(services, http, new MessageSocket(socket, services.GraphQL.Value.MaxRequestBytes), lease);
        await connection.RunAsync();
    }

    private static async Task RefuseSubprotocolAsync(HttpContext http)
    {
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(CloseTimeout);
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The client left without answering the close.
        }
    }
}
