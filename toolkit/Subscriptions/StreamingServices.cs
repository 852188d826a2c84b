using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>What the streaming transports work with: every WebSocket connection and every event stream.</summary>
public sealed record StreamingServices<TSchema>(
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
    ILogger<StreamingServices<TSchema>> Logger)
    where TSchema : ISchema;
