using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Data;

namespace NetworkGraph.Api.GraphQL.DataLoading;

/// <summary>
/// The DataLoaders of one request. Each batch opens its own short-lived DbContext, so resolvers that
/// GraphQL.NET runs in parallel never share a context, and every query goes through the caller's access rules.
/// </summary>
public sealed class DataLoaders(IDbContextFactory<NetworkGraphDbContext> contexts, AccessRules access)
{
    private readonly ConcurrentDictionary<string, object> loaders = new();

    /// <summary>One value per key (e.g. a record by id); a key with no visible row gives null.</summary>
    public IDataLoaderResult<TValue?> One<TKey, TValue>(
        string name, TKey key, Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> keyOf)
        where TKey : notnull where TValue : class
    {
        var loader = (BatchLoader<TKey, TValue?>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue?>(
            (keys, ct) => Fetch(keys, ct, query, rows => rows.ToDictionary(keyOf, row => (TValue?)row)), null));
        return loader.Load(key);
    }

    /// <summary>A list per key (e.g. the coalitions of an organisation); a key with no visible rows gives an empty list.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Many<TKey, TValue>(
        string name, TKey key, Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<Keyed<TKey, TValue>>> query)
        where TKey : notnull
    {
        var loader = (BatchLoader<TKey, IReadOnlyList<TValue>>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, IReadOnlyList<TValue>>(
            (keys, ct) => Fetch(keys, ct, query, rows => rows
                .GroupBy(row => row.Key)
                .ToDictionary(group => group.Key, group => (IReadOnlyList<TValue>)group.Select(row => row.Value).ToList())), []));
        return loader.Load(key);
    }

    private async Task<IReadOnlyDictionary<TKey, TResult>> Fetch<TKey, TRow, TResult>(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken,
        Func<NetworkGraphDbContext, AccessRules, IReadOnlyList<TKey>, IQueryable<TRow>> query,
        Func<List<TRow>, Dictionary<TKey, TResult>> shape)
        where TKey : notnull
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query(db, access, keys).ToListAsync(cancellationToken).ConfigureAwait(false);
        return shape(rows);
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
    public static IDataLoaderResult<T?> ById<T>(this DataLoaders loaders, string typeName, Guid id, Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
        where T : NetworkGraph.Data.Common.Entity =>
        loaders.One<Guid, T>($"by-id:{typeName}", id, (db, access, keys) => visible(access, db).Where(e => keys.Contains(e.Id)), e => e.Id);
}
