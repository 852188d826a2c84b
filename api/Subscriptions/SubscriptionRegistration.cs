using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.Api.Subscriptions;

public static class SubscriptionRegistration
{
    /// <summary>GraphQL subscriptions over graphql-transport-ws and Server-Sent Events, with this service's callers.</summary>
    public static void AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSubscriptionTransport<NetworkGraphSchema>(configuration);
        services.AddSingleton<ISubscriptionCallers, SubscriptionCallers>();
    }
}
