using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>What every graphql-transport-ws connection works with.</summary>
public sealed record WebSocketServices<TSchema>(
    OperationRunner<TSchema> Runner,
    GraphQLRequestReader Reader,
    GraphQLResponseWriter Responses,
    IGraphQLTextSerializer Serializer,
    ISubscriptionCallers Callers,
    CallerConnections Connections,
    IServiceScopeFactory Scopes,
    IResponseGate Gate,
    IOptions<SubscriptionOptions> Options,
    IOptions<GraphQLOptions> GraphQL,
    ILogger<GraphQLWebSocketEndpoint<TSchema>> Logger)
    where TSchema : ISchema;
