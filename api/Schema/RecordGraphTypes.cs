namespace NetworkGraph.Api.Schema;

/// <summary>
/// The graph type of each record type: the one <c>ObjectGraphType&lt;T&gt;</c> of this service for it (OrganisationType
/// for Organisation), and <see cref="TieType{TEdge}"/> for the edges of each kind of tie. Fields derived from
/// declarations, such as a tie's ends, find the graph type of a record here.
/// </summary>
public static class RecordGraphTypes
{
    private static readonly Dictionary<Type, Type> GraphTypeOf = typeof(RecordGraphTypes).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false, BaseType.IsGenericType: true }
            && type.BaseType.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)
            && type.BaseType.GetGenericArguments()[0].IsSubclassOf(typeof(Entity)))
        .ToDictionary(type => type.BaseType!.GetGenericArguments()[0])
        .Concat(Ties.All.ToDictionary(tie => tie.EdgeType, tie => typeof(TieType<>).MakeGenericType(tie.EdgeType)))
        .ToDictionary();

    public static Type Of<T>() where T : Entity => Of(typeof(T));

    public static Type Of(Type recordType) => GraphTypeOf[recordType];
}
