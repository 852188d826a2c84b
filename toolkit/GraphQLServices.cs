using System.Reflection;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using NetworkGraph.GraphQL.DataLoading;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.GraphQL.Transport;
using NetworkGraph.GraphQL.TrustedDocuments;
using NetworkGraph.GraphQL.Visibility;

namespace NetworkGraph.GraphQL;

public static class GraphQLServices
{
    /// <summary>
    /// The GraphQL-over-HTTP endpoint of <typeparamref name="TSchema"/> with its settings (the "GraphQL" section), the
    /// document cache, the trusted documents embedded in <paramref name="trustedDocuments"/>, the schema's visibility and
    /// the DataLoaders of each request. The application registers the <see cref="IRequestCaller"/>,
    /// <see cref="IDatabaseOutages"/> and <see cref="IResponseGate"/> they ask.
    /// </summary>
    public static IServiceCollection AddGraphQLTransport<TSchema>(this IServiceCollection services, IConfiguration configuration, Assembly trustedDocuments)
        where TSchema : ISchema
    {
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton(new TrustedDocumentStore(trustedDocuments));
        services.AddSingleton<TrustedDocumentPolicy>();
        services.AddSingleton<SchemaVisibility>();
        services.AddSingleton<OperationRunner<TSchema>>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint<TSchema>>();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<NodeSources>();
        return services;
    }

    /// <summary>The schema hidden from callers who may not see it (<see cref="SchemaVisibility"/>): no introspection, no suggestions.</summary>
    public static IGraphQLBuilder AddSchemaVisibility(this IGraphQLBuilder graphQL) => graphQL
        .AddValidationRule<IntrospectionRule>()
        .ConfigureExecution(SchemaSuggestions.RemoveWhereHiddenAsync);
}
