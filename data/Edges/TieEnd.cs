using System.Linq.Expressions;
using System.Reflection;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Edges;

/// <summary>One end of a kind of tie, whatever record type it joins: its name, its node type and its key column.</summary>
public interface ITieEnd
{
    /// <summary>The end's name, from its navigation: "coalition", "partner".</summary>
    string Name { get; }

    /// <summary>The record type the end joins.</summary>
    Type NodeType { get; }

    /// <summary>The edge's column that holds the joined record's id.</summary>
    PropertyInfo KeyProperty { get; }

    /// <summary>Whether the key column can be null: the end is one of several in its group.</summary>
    bool Optional { get; }

    /// <summary>The records of the end's type in the context, for checks that do not care which type it is.</summary>
    IQueryable<CuratedEntity> Records(NetworkGraphDbContext db);

    /// <summary>The records of the end's type that <paramref name="recordsOf"/> gives (those a caller may see, say).</summary>
    IQueryable<CuratedEntity> Records(IRecordsOf recordsOf);

    /// <summary>The id of the record at this end of an edge, null when the edge joins another end of the group.</summary>
    Guid? KeyOf(EdgeEntity edge);

    /// <summary>The condition, on <paramref name="edge"/>, that the record at this end is among those <paramref name="recordsOf"/> gives.</summary>
    Expression Among(IRecordsOf recordsOf, ParameterExpression edge);
}

/// <summary>
/// One end of a kind of tie: the edge's key column for a record of <typeparamref name="TNode"/> and its navigation. A
/// key that is null means the edge joins a record at another end of the same group (a membership's organisation or defender).
/// </summary>
public sealed class TieEnd<TEdge, TNode> : ITieEnd where TEdge : EdgeEntity where TNode : CuratedEntity
{
    internal TieEnd(LambdaExpression key, Expression<Func<TEdge, TNode?>> record)
    {
        var edge = key.Parameters[0];
        Key = Expression.Lambda<Func<TEdge, Guid?>>(key.Body.Type == typeof(Guid?) ? key.Body : Expression.Convert(key.Body, typeof(Guid?)), edge);
        KeyProperty = (PropertyInfo)((MemberExpression)key.Body).Member;
        Record = record;
        var navigation = ((MemberExpression)record.Body).Member.Name;
        Name = char.ToLowerInvariant(navigation[0]) + navigation[1..];
    }

    public string Name { get; }

    public Type NodeType => typeof(TNode);

    public PropertyInfo KeyProperty { get; }

    /// <summary>The id of the record at this end, null when the edge joins another end of the group.</summary>
    public Expression<Func<TEdge, Guid?>> Key { get; }

    /// <summary>The record at this end, through the edge's navigation.</summary>
    public Expression<Func<TEdge, TNode?>> Record { get; }

    /// <summary>Whether the key column can be null: the end is one of several in its group.</summary>
    public bool Optional => KeyProperty.PropertyType == typeof(Guid?);

    public IQueryable<CuratedEntity> Records(NetworkGraphDbContext db) => db.Set<TNode>();

    public IQueryable<CuratedEntity> Records(IRecordsOf recordsOf) => recordsOf.Records<TNode>();

    public Guid? KeyOf(EdgeEntity edge) => (Guid?)KeyProperty.GetValue(edge);

    public Expression Among(IRecordsOf recordsOf, ParameterExpression edge)
    {
        var records = recordsOf.Records<TNode>();
        Expression<Func<Guid?, bool>> among = key => records.Any(record => record.Id == key);
        return among.Body.Replace(among.Parameters[0], Key.Body.Replace(Key.Parameters[0], edge));
    }
}
