using GraphQL.DataLoader;

namespace NetworkGraph.Api.Schema;

/// <summary>The two ends of an edge row, projected in SQL (member initialisation keeps it composable).</summary>
public sealed class EdgeEnds
{
    public Guid? From { get; init; }
    public Guid? To { get; init; }
}

public static class RelatedLoader
{
    /// <summary>
    /// The records reached from a batch of records over visible edges, in one query per batch:
    /// the edges' ends joined with the visible targets, so a hidden end hides the edge.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<TTarget>> Related<TTarget>(this DataLoaders loaders, string name, Guid key,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<EdgeEnds>> ends,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<TTarget>> targets)
        where TTarget : Entity =>
        loaders.Many<Guid, TTarget>(name, key, (db, access, keys) =>
            from end in ends(access, db)
            where end.From != null && keys.Contains(end.From.Value)
            join target in targets(access, db) on end.To equals (Guid?)target.Id
            orderby target.Id
            select new Keyed<Guid, TTarget>(end.From!.Value, target));
}
