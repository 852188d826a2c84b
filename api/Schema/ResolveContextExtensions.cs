namespace NetworkGraph.Api.Schema;

public static class ResolveContextExtensions
{
    /// <summary>A DbContext of the resolver's own, for root fields; GraphQL.NET may run sibling fields in parallel.</summary>
    public static Task<NetworkGraphDbContext> CreateDbContextAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync(context.CancellationToken);

    /// <summary>What the caller may see and do.</summary>
    public static AccessRules Access(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccessRules>();

    /// <summary>Who is asking, as authentication established.</summary>
    public static Viewer Viewer(this IResolveFieldContext context) => context.Access().Viewer;
}
