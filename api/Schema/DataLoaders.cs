using GraphQL.DataLoader;

namespace NetworkGraph.Api.Schema;

/// <summary>
/// The DataLoaders of one request over the database. Each batch opens its own short-lived DbContext, so resolvers that
/// GraphQL.NET runs in parallel never share a context, and every query goes through the caller's access rules.
/// </summary>
public sealed class DataLoaders(RequestLoaders loaders, IDbContextFactory<NetworkGraphDbContext> contexts, AccessRules access)
{
    /// <summary>One value per key (e.g. a record by id); a key with no visible row gives null.</summary>
    public IDataLoaderResult<TValue?> One<TKey, TValue>(
        string name, TKey key, Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> keyOf)
        where TKey : notnull where TValue : class =>
        loaders.One(name, key, (keys, cancellationToken) => FetchAsync(query, keys, cancellationToken), keyOf);

    /// <summary>A list per key (e.g. the coalitions of an organisation); a key with no visible rows gives an empty list.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Many<TKey, TValue>(
        string name, TKey key, Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<Keyed<TKey, TValue>>> query)
        where TKey : notnull =>
        loaders.Many(name, key, (keys, cancellationToken) => FetchAsync(query, keys, cancellationToken));

    private async Task<List<TRow>> FetchAsync<TKey, TRow>(
        Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<TRow>> query, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await query(db, access, keys).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}

public static class DataLoaderContextExtensions
{
    public static DataLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DataLoaders>();
}

public static class EntityLoaderExtensions
{
    /// <summary>A visible record of a GUID-keyed type by its id; one loader per type and request.</summary>
    public static IDataLoaderResult<T?> ById<T>(this DataLoaders loaders, Guid id, Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
        where T : Entity =>
        loaders.One<Guid, T>($"by-id:{typeof(T).Name}", id, (db, access, keys) => visible(access, db).Where(e => keys.Contains(e.Id)), e => e.Id);
}
