using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Api.GraphQL.Schema;

/// <summary>
/// The root fields of a curated type — a filtered, ordered, paged list and a lookup by slug — and its <c>node</c> loader,
/// all reading through the same visible query of <see cref="AccessRules"/>.
/// </summary>
public abstract class CuratedQueries<TType, T, TFilter>(string typeName, string listField, string slugField, string description,
    Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible) : IQueryFields, INodeSource
    where TType : IGraphType where T : Entity, ISlugged where TFilter : FilterDeclaration<T>, new()
{
    private readonly EntityNodeSource<T> nodes = new(typeName, visible);

    public string TypeName => typeName;

    public virtual void AddTo(ObjectGraphType query)
    {
        RootFields.AddList<TType, T, TFilter>(query, listField, $"{description} the caller may see.", visible);
        RootFields.AddBySlug<TType, T>(query, slugField, $"One of the {listField} by its slug; null when it does not exist or the caller may not see it.", visible);
    }

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) => nodes.Load(context, key);
}
