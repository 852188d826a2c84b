namespace NetworkGraph.Api.Edges;

public static class EdgeRegistration
{
    /// <summary>For every kind of tie: its curation, its mutations, and its edges as nodes that <c>node(id:)</c> finds through the access rules.</summary>
    public static void AddEdges(this IServiceCollection services)
    {
        services.AddSingleton(typeof(TieCuration<>));
        foreach (var tie in Ties.All)
        {
            services.AddSingleton(typeof(IMutationFields), typeof(EdgeMutations<>).MakeGenericType(tie.EdgeType));
            services.AddSingleton(typeof(INodeSource), typeof(TieNodeSource<>).MakeGenericType(tie.EdgeType));
        }
    }
}
