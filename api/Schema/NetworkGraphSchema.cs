using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.Api.Schema;

/// <summary>The schema is built once per process: a scoped schema would rebuild it on every request.</summary>
public sealed class NetworkGraphSchema : global::GraphQL.Types.Schema
{
    public NetworkGraphSchema(IServiceProvider services, QueryType query, MutationType mutation, IEnumerable<ISubscriptionFields> subscriptions) : base(services)
    {
        Query = query;
        Mutation = mutation;
        // A root type without fields is not valid: the schema has a Subscription type once a feature contributes one.
        var subscriptionFeatures = subscriptions.ToList();
        if (subscriptionFeatures.Count > 0) Subscription = new SubscriptionType(subscriptionFeatures);
        // Error types are reached only through the Error interface, so they are registered by name.
        RegisterTypes(typeof(ValidationErrorType), typeof(ConflictErrorType), typeof(NotFoundErrorType),
            typeof(NotAllowedErrorType), typeof(DuplicateSlugErrorType), typeof(InvalidTransitionErrorType));
        Description = "NetworkGraph: human-rights organisations, defenders, coalitions and advocacy goals across wider Europe.";
    }
}
