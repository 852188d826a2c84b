using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Subscriptions.EventStream;
using NetworkGraph.GraphQL.Subscriptions.WebSockets;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions;

public static class SubscriptionServices
{
    /// <summary>
    /// The subscription transports of <typeparamref name="TSchema"/> beside GraphQL over HTTP, all answered by
    /// <see cref="GraphQLEndpoint{TSchema}"/>: graphql-transport-ws and Server-Sent Events, with their settings (the
    /// "Subscriptions" section) and the count of connections per caller. The application registers the
    /// <see cref="ISubscriptionCallers"/> they ask, and adds <see cref="AddSubscriptionExecution"/> to its GraphQL builder.
    /// </summary>
    public static IServiceCollection AddSubscriptionTransport<TSchema>(this IServiceCollection services, IConfiguration configuration)
        where TSchema : ISchema
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<CallerConnections>();
        services.AddSingleton<StreamingServices<TSchema>>();
        services.AddSingleton<GraphQLWebSocketEndpoint<TSchema>>();
        services.AddSingleton<GraphQLEventStreamEndpoint<TSchema>>();
        services.AddSingleton<GraphQLEndpoint<TSchema>>();
        return services;
    }

    /// <summary>Subscriptions execute each event in a scope of its own, as the subscriber (<see cref="CallerScopedSubscriptionStrategy"/>).</summary>
    public static IGraphQLBuilder AddSubscriptionExecution(this IGraphQLBuilder graphQL) =>
        graphQL.AddExecutionStrategy<CallerScopedSubscriptionStrategy>(OperationType.Subscription);

    /// <summary>WebSockets with a ping frame each keep-alive interval; a client that answers none within two intervals is dropped.</summary>
    public static IApplicationBuilder UseSubscriptionWebSockets(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        return app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval, KeepAliveTimeout = 2 * options.KeepAliveInterval });
    }
}
