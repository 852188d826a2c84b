using System.Linq.Expressions;

namespace NetworkGraph.Api.Edges;

/// <summary>The queries a tie's declaration gives: which records its edges join, from one end to another.</summary>
public static class TieQueries
{
    /// <summary>Each edge as the ids of its two ends, from one end to the other (member initialisation keeps it composable in SQL).</summary>
    public static IQueryable<EdgeEnds> Between<TEdge, TFrom, TTo>(this IQueryable<TEdge> edges, TieEnd<TEdge, TFrom> from, TieEnd<TEdge, TTo> to)
        where TEdge : EdgeEntity where TFrom : CuratedEntity where TTo : CuratedEntity =>
        edges.Select(Ends(from.Key, to.Key));

    /// <summary>Each edge as the id of the record at one end and its own id.</summary>
    public static IQueryable<EdgeEnds> At<TEdge, TNode>(this IQueryable<TEdge> edges, TieEnd<TEdge, TNode> end)
        where TEdge : EdgeEntity where TNode : CuratedEntity =>
        edges.Select(Ends(end.Key, edge => edge.Id));

    /// <summary>
    /// The records at <paramref name="to"/> of the edges among <paramref name="edges"/> whose <paramref name="from"/> is a
    /// record: a list a filter can ask <c>some</c>, <c>all</c> or <c>none</c> of.
    /// </summary>
    public static Expression<Func<TFrom, IEnumerable<TTo>>> Reached<TEdge, TFrom, TTo>(IQueryable<TEdge> edges, TieEnd<TEdge, TFrom> from, TieEnd<TEdge, TTo> to)
        where TEdge : EdgeEntity where TFrom : CuratedEntity where TTo : CuratedEntity
    {
        var record = Expression.Parameter(typeof(TFrom), "record");
        var edge = from.Key.Parameters[0];
        Expression matches = Expression.Equal(from.Key.Body, Expression.Convert(Expression.Property(record, nameof(Entity.Id)), typeof(Guid?)));
        // An edge that joins another end of the group has no record at this one: it is not in the list.
        if (to.Optional) matches = Expression.AndAlso(matches, Expression.NotEqual(to.Key.Body.Replace(to.Key.Parameters[0], edge), Expression.Constant(null, typeof(Guid?))));
        var reached = edges.Where(Expression.Lambda<Func<TEdge, bool>>(matches, edge)).Select(to.Record);
        return Expression.Lambda<Func<TFrom, IEnumerable<TTo>>>(reached.Expression, record);
    }

    private static Expression<Func<TEdge, EdgeEnds>> Ends<TEdge>(Expression<Func<TEdge, Guid?>> from, Expression<Func<TEdge, Guid>> to) =>
        Ends(from, Expression.Lambda<Func<TEdge, Guid?>>(Expression.Convert(to.Body, typeof(Guid?)), to.Parameters[0]));

    private static Expression<Func<TEdge, EdgeEnds>> Ends<TEdge>(Expression<Func<TEdge, Guid?>> from, Expression<Func<TEdge, Guid?>> to)
    {
        var edge = from.Parameters[0];
        return Expression.Lambda<Func<TEdge, EdgeEnds>>(Expression.MemberInit(Expression.New(typeof(EdgeEnds)),
            Expression.Bind(typeof(EdgeEnds).GetProperty(nameof(EdgeEnds.From))!, from.Body),
            Expression.Bind(typeof(EdgeEnds).GetProperty(nameof(EdgeEnds.To))!, to.Body.Replace(to.Parameters[0], edge))), edge);
    }
}
