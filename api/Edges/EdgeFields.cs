using NetworkGraph.Api.Access;

namespace NetworkGraph.Api.Edges;

public static class EdgeFields
{
    /// <summary>The fields every edge has. Where a tie is known from, and who recorded it, is for staff only.</summary>
    public static void AddEdgeFields<T>(this ObjectGraphType<T> type) where T : EdgeEntity
    {
        type.Field(e => e.Since, nullable: true).Description("When the tie began, if known.");
        type.Field(e => e.Until, nullable: true).Description("When the tie ended or ends; null while it lasts.");
        type.Field(e => e.Visibility).Description("Who may see the tie.");
        type.Field(e => e.Version).Description("Changes with every save; updates send the version they were based on.");
        type.Field<StringGraphType>("sourceNote").Description("Where the tie is known from; null for callers other than staff.")
            .Resolve(context => context.IsStaff() ? context.Source.SourceNote : null);
        type.Field<StringGraphType>("recordedBy").Description("Who recorded the tie; null for callers other than staff.")
            .Resolve(context => context.IsStaff() ? context.Source.CreatedBy : null);
    }

    /// <summary>One end of the edge, read through the caller's access rules (a visible edge has visible ends).</summary>
    public static void EndField<TEdge, TEndType, TEnd>(this ObjectGraphType<TEdge> type, string name, string nodeType, Func<TEdge, Guid?> end,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<TEnd>> visible, bool required = false)
        where TEdge : EdgeEntity where TEndType : IGraphType where TEnd : Entity =>
        type.Field(name, required ? typeof(NonNullGraphType<TEndType>) : typeof(TEndType))
            .Resolve(context => end(context.Source) is { } id ? context.Loaders().ById(id, visible) : null);

    /// <summary>The visible edges of one kind at a record, as a connection of edge records (for their roles, dates and IDs).</summary>
    public static void EdgeConnection<TSource, TEdgeType, TEdge>(this ObjectGraphType<TSource> type, string name, string description,
        Func<NetworkGraphDbContext, IQueryable<EdgeEnds>> ends, Func<AccessRules, NetworkGraphDbContext, IQueryable<TEdge>> visible)
        where TSource : Entity where TEdgeType : IGraphType where TEdge : EdgeEntity =>
        type.RelatedConnection<TSource, TEdgeType, TEdge>(name, description, (_, db) => ends(db), visible);
}
