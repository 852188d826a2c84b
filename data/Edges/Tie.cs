using System.Linq.Expressions;
using System.Reflection;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Edges;

/// <summary>A kind of tie as everything that reads or writes ties sees it, whatever its edge type.</summary>
public interface ITie
{
    /// <summary>The edge's record type, whose name names the kind: "Membership".</summary>
    Type EdgeType { get; }

    /// <summary>
    /// The records the tie joins, in groups: every edge joins exactly one end of each group (a membership joins a
    /// coalition, and an organisation or a defender).
    /// </summary>
    IReadOnlyList<IReadOnlyList<ITieEnd>> Groups { get; }

    /// <summary>The edge's ends, one of each of the two groups, in their order.</summary>
    (Guid From, Guid To) EndsOf(EdgeEntity edge);

    /// <summary>What a tie of this kind is, in a sentence: "An organisation or a defender belongs to a coalition."</summary>
    string Description { get; }

    /// <summary>Whether the order of the ends means something (a funder funds its partner), not only that they are tied.</summary>
    bool Directed { get; }

    /// <summary>The edge's role or kind ("Lead", "Funder"), or null when the tie has none.</summary>
    TieRole? Role { get; }

    /// <summary>
    /// On an edge held in memory, the condition <see cref="Tie{TEdge}.EndsAmong"/> puts in a query: every group has an end
    /// whose record <paramref name="kept"/> keeps.
    /// </summary>
    bool HasEndsAmong(EdgeEntity edge, Func<ITieEnd, Guid, bool> kept);
}

/// <summary>
/// The role or kind of an edge: its property, what it means (and, where input needs more words, what to give), and
/// whether two current edges of the same ends but another role are two ties (an organisation funds and refers to another).
/// </summary>
public sealed record TieRole(LambdaExpression Property, string Description, string InputDescription, bool Distinguishes)
{
    public PropertyInfo PropertyInfo => (PropertyInfo)((MemberExpression)Property.Body).Member;
}

/// <summary>
/// The one declaration of a kind of tie: its edge type, its ends and their record types, whether it is directed and its
/// role. Relation fields, edge connections, filters, the access rule for the tie and the mutations are derived from it
/// (see <see cref="Ties"/>).
/// </summary>
public abstract class Tie<TEdge> : ITie where TEdge : EdgeEntity
{
    private IReadOnlyList<IReadOnlyList<ITieEnd>> groups = [];

    public Type EdgeType => typeof(TEdge);

    public IReadOnlyList<IReadOnlyList<ITieEnd>> Groups => groups;

    public string Description { get; }

    public bool Directed { get; }

    public TieRole? Role { get; private set; }

    protected Tie(string description, bool directed)
    {
        Description = description;
        Directed = directed;
    }

    /// <summary>An end whose record every edge has.</summary>
    protected static TieEnd<TEdge, TNode> End<TNode>(Expression<Func<TEdge, Guid>> key, Expression<Func<TEdge, TNode?>> record)
        where TNode : CuratedEntity => new(key, record);

    /// <summary>An end of a group of several: its key is null on edges that join another end of the group.</summary>
    protected static TieEnd<TEdge, TNode> End<TNode>(Expression<Func<TEdge, Guid?>> key, Expression<Func<TEdge, TNode?>> record)
        where TNode : CuratedEntity => new(key, record);

    /// <summary>The groups of ends, each edge joining exactly one end of each.</summary>
    protected void Joins(params ITieEnd[][] endGroups) => groups = endGroups;

    protected void HasRole<TRole>(Expression<Func<TEdge, TRole>> role, string description, string? inputDescription = null, bool distinguishes = false) =>
        Role = new TieRole(role, description, inputDescription ?? description, distinguishes);

    /// <summary>
    /// The condition that every group has its end among the records <paramref name="recordsOf"/> gives for each end
    /// (those a caller may see): the edge's other conditions, its own audience say, are the caller's to add.
    /// </summary>
    public Expression<Func<TEdge, bool>> EndsAmong(IRecordsOf recordsOf)
    {
        var edge = Expression.Parameter(typeof(TEdge), "edge");
        var condition = groups
            .Select(group => group.Select(end => end.Among(recordsOf, edge)).Aggregate(Expression.OrElse))
            .Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<TEdge, bool>>(condition, edge);
    }

    public (Guid From, Guid To) EndsOf(EdgeEntity edge) => (EndOf(edge, groups[0]), EndOf(edge, groups[1]));

    private static Guid EndOf(EdgeEntity edge, IReadOnlyList<ITieEnd> group) => group.Select(end => end.KeyOf(edge)).First(id => id is not null)!.Value;

    public bool HasEndsAmong(EdgeEntity edge, Func<ITieEnd, Guid, bool> kept) =>
        groups.All(group => group.Any(end => end.KeyOf(edge) is { } id && kept(end, id)));
}

/// <summary>The records of each type that a condition on ties is to keep: usually those a caller may see.</summary>
public interface IRecordsOf
{
    IQueryable<TNode> Records<TNode>() where TNode : CuratedEntity;
}
