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
            .Resolve(context => context.Access().MayCurate ? context.Source.SourceNote : null);
        type.Field<StringGraphType>("recordedBy").Description("Who recorded the tie; null for callers other than staff.")
            .Resolve(context => context.Access().MayCurate ? context.Source.CreatedBy : null);
    }
}
