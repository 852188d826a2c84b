using GraphQL.Types;
using NetworkGraph.GraphQL.Subscriptions.EventStream;
using NetworkGraph.GraphQL.Subscriptions.WebSockets;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// The GraphQL path and its three transports: a WebSocket upgrade runs graphql-transport-ws, a request that accepts
/// <c>text/event-stream</c> is answered with Server-Sent Events, and any other request is GraphQL over HTTP.
/// </summary>
public sealed class GraphQLEndpoint<TSchema>(
    GraphQLHttpEndpoint<TSchema> overHttp,
    GraphQLWebSocketEndpoint<TSchema> overWebSocket,
    GraphQLEventStreamEndpoint<TSchema> overEventStream)
    where TSchema : ISchema
{
    public Task HandleAsync(HttpContext http) =>
        http.WebSockets.IsWebSocketRequest ? overWebSocket.HandleAsync(http)
        : GraphQLEventStreamEndpoint<TSchema>.IsRequestedBy(http.Request) ? overEventStream.HandleAsync(http)
        : overHttp.HandleAsync(http);
}
