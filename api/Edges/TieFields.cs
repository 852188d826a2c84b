namespace NetworkGraph.Api.Edges;

/// <summary>The GraphQL fields a tie's declaration gives: relations between records, edges at a record, an edge's ends.</summary>
public static class TieFields
{
    /// <summary>The visible records at <paramref name="to"/> of the visible edges at <paramref name="from"/>.</summary>
    public static void Related<TSource, TEdge, TTarget>(this ObjectGraphType<TSource> type, TieEnd<TEdge, TSource> from, TieEnd<TEdge, TTarget> to,
        string name, string description)
        where TSource : CuratedEntity where TEdge : EdgeEntity where TTarget : CuratedEntity =>
        type.RelatedConnection(name, description, RecordGraphTypes.Of<TTarget>(),
            (access, db) => access.Ties<TEdge>(db).Between(from, to), (access, db) => access.Records<TTarget>(db));

    /// <summary>The visible records at the other end of the visible edges at either end, of a tie between two records of one type (partners).</summary>
    public static void RelatedEitherWay<TSource, TEdge>(this ObjectGraphType<TSource> type, TieEnd<TEdge, TSource> one, TieEnd<TEdge, TSource> other,
        string name, string description)
        where TSource : CuratedEntity where TEdge : EdgeEntity =>
        type.RelatedConnection(name, description, RecordGraphTypes.Of<TSource>(),
            (access, db) => access.Ties<TEdge>(db).Between(one, other).Concat(access.Ties<TEdge>(db).Between(other, one)),
            (access, db) => access.Records<TSource>(db));

    /// <summary>The visible edges at <paramref name="at"/> of a record (and, when given, at <paramref name="orAt"/>), for their roles, dates and IDs.</summary>
    public static void Edges<TSource, TEdge>(this ObjectGraphType<TSource> type, TieEnd<TEdge, TSource> at, string name, string description,
        TieEnd<TEdge, TSource>? orAt = null)
        where TSource : CuratedEntity where TEdge : EdgeEntity =>
        type.RelatedConnection(name, description, RecordGraphTypes.Of<TEdge>(),
            (_, db) => orAt is null ? db.Set<TEdge>().At(at) : db.Set<TEdge>().At(at).Concat(db.Set<TEdge>().At(orAt)),
            (access, db) => access.Ties<TEdge>(db));

    /// <summary>The ends of an edge, each read through the caller's access rules (a visible edge has visible ends), then the fields every edge has.</summary>
    public static void AddTieFields<TEdge>(this ObjectGraphType<TEdge> type, Tie<TEdge> tie) where TEdge : EdgeEntity
    {
        foreach (var end in tie.Groups.SelectMany(group => group))
        {
            var graphType = RecordGraphTypes.Of(end.NodeType);
            type.Field(end.Name, end.Optional ? graphType : typeof(NonNullGraphType<>).MakeGenericType(graphType))
                .Resolve(context => end.KeyOf(context.Source) is { } id
                    ? context.Loaders().One<Guid, CuratedEntity>($"end:{end.NodeType.Name}", id,
                        (db, access, keys) => end.Records(access.RecordsOf(db)).Where(record => keys.Contains(record.Id)), record => record.Id)
                    : null);
        }
        type.AddEdgeFields();
    }
}
