namespace NetworkGraph.Api.GraphQL.Schema;

/// <summary>The schema is built once per process: a scoped schema would rebuild it on every request.</summary>
public sealed class NetworkGraphSchema : global::GraphQL.Types.Schema
{
    public NetworkGraphSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Description = "NetworkGraph: human-rights organisations, defenders, coalitions and advocacy goals across wider Europe.";
    }
}
