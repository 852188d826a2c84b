namespace NetworkGraph.Api.Schema;

/// <summary>The two kinds of relation field every curated type has, each batch-loaded per request.</summary>
public static class RelationFields
{
    /// <summary>A paged list of the visible records reached over visible edges (see <see cref="RelatedLoader"/>).</summary>
    public static void RelatedConnection<TSource, TNodeType, TTarget>(this ObjectGraphType<TSource> type, string name, string description,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<EdgeEnds>> ends,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<TTarget>> targets)
        where TSource : Entity where TNodeType : IGraphType where TTarget : Entity =>
        type.RelatedConnection(name, description, typeof(TNodeType), ends, targets);

    /// <summary>The same, for code that knows the graph type of the targets only at run time.</summary>
    public static void RelatedConnection<TSource, TTarget>(this ObjectGraphType<TSource> type, string name, string description, Type nodeGraphType,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<EdgeEnds>> ends,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<TTarget>> targets)
        where TSource : Entity where TTarget : Entity
    {
        var loader = $"{typeof(TSource).Name}.{name}";
        type.Connection<TSource, TTarget>(name, nodeGraphType)
            .Description(description)
            .Resolve(context => context.PageOf(context.Loaders().Related(loader, context.Source.Id, ends, targets)));
    }

    /// <summary>The reference records (countries, themes, institutions) of a many-to-many list of the record.</summary>
    public static void ReferenceListField<TSource, TItemType, TItem>(this ObjectGraphType<TSource> type, string name, string navigation, string description)
        where TSource : Entity where TItemType : IGraphType where TItem : class =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemType>>>>(name)
            .Description(description)
            .Resolve(context => context.Loaders().ReferenceList<TSource, TItem>(context.Source, navigation));
}
