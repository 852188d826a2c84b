using System.Linq.Expressions;

namespace NetworkGraph.Api.Schema;

/// <summary>Where a filter runs: relation lists inside filters read through the caller's access rules, too.</summary>
public sealed record FilterScope(AccessRules Access, NetworkGraphDbContext Db)
{
    /// <summary>The visible records at <paramref name="to"/> of a record's visible edges at <paramref name="from"/>, as a list a filter can test.</summary>
    public Expression<Func<TFrom, IEnumerable<TTo>>> Reached<TEdge, TFrom, TTo>(TieEnd<TEdge, TFrom> from, TieEnd<TEdge, TTo> to)
        where TEdge : EdgeEntity where TFrom : CuratedEntity where TTo : CuratedEntity =>
        TieQueries.Reached(Access.Ties<TEdge>(Db), from, to);
}
