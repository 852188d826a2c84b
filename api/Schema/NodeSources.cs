using GraphQL.DataLoader;

namespace NetworkGraph.Api.Schema;

/// <summary>Loads records of one GUID-keyed type for <c>node</c>/<c>nodes</c>, through the caller's access rules.</summary>
public sealed class EntityNodeSource<T>(Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible) : INodeSource
    where T : Entity
{
    public string TypeName => EntityNodes.NameOf<T>();

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) =>
        Guid.TryParseExact(key, "N", out var id)
            ? context.Loaders().ById(id, visible).Then(record => (object?)record)
            : throw new CodedError(ErrorCodes.InvalidId, "The ID is not a valid NetworkGraph ID.");
}

/// <summary>Loads the edges of a kind of tie for <c>node</c>/<c>nodes</c>, through the caller's access rules.</summary>
public sealed class TieNodeSource<TEdge>() : INodeSource where TEdge : EdgeEntity
{
    private readonly EntityNodeSource<TEdge> edges = new((access, db) => access.Ties<TEdge>(db));

    public string TypeName => edges.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) => edges.Load(context, key);
}

/// <summary>
/// Loads reference records (countries, institutions, themes) by their natural key, through the same loader the
/// relation fields use, so a request that reaches a record both ways reads it once.
/// </summary>
public sealed class ReferenceNodeSource<T>(string typeName, Func<DataLoaders, string, IDataLoaderResult<T?>> byCode) : INodeSource
    where T : class
{
    public string TypeName => typeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) =>
        byCode(context.Loaders(), key).Then(record => (object?)record);
}
