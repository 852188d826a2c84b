namespace NetworkGraph.Api.Edges;

/// <summary>
/// The graph type of the edges of a kind of tie, made from its declaration: a node with the tie's role, its ends and the
/// fields every edge has. Named after the edge's record type ("Membership").
/// </summary>
[NamedAfterRecord]
public sealed class TieType<TEdge> : ObjectGraphType<TEdge> where TEdge : EdgeEntity
{
    public TieType()
    {
        var tie = Ties.Of<TEdge>();
        this.IsNode();
        Description = tie.Description;
        if (tie.Role is { } role) AddRole(role);
        this.AddTieFields(tie);
    }

    /// <summary>The role or kind: an enum that every edge has, or a text that may be missing.</summary>
    private void AddRole(TieRole role)
    {
        var property = role.PropertyInfo;
        var graphType = property.PropertyType.IsEnum
            ? typeof(NonNullGraphType<>).MakeGenericType(typeof(EnumerationGraphType<>).MakeGenericType(property.PropertyType))
            : typeof(StringGraphType);
        Field(Naming.LowerCamel(property.Name), graphType).Description(role.Description).Resolve(context => property.GetValue(context.Source));
    }
}
