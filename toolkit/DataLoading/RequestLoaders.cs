using System.Collections.Concurrent;
using GraphQL.DataLoader;

namespace NetworkGraph.GraphQL.DataLoading;

/// <summary>
/// The DataLoaders of one request, by name: each name is one <see cref="BatchLoader{TKey, TValue}"/>, made when a resolver
/// first asks for it, so the keys its resolvers ask for while a level of the query runs are fetched in one call.
/// </summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> loaders = new();

    /// <summary>One value per key (e.g. a record by id); a key that <paramref name="fetch"/> does not return gives null.</summary>
    public IDataLoaderResult<TValue?> One<TKey, TValue>(string name, TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<List<TValue>>> fetch, Func<TValue, TKey> keyOf)
        where TKey : notnull where TValue : class
    {
        var loader = (BatchLoader<TKey, TValue?>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue?>(
            async (keys, cancellationToken) => (await fetch(keys, cancellationToken).ConfigureAwait(false))
                .ToDictionary(keyOf, row => (TValue?)row), null));
        return loader.Load(key);
    }

    /// <summary>A list per key (e.g. the coalitions of an organisation), in the order fetched; a key with no rows gives an empty list.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Many<TKey, TValue>(string name, TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<List<Keyed<TKey, TValue>>>> fetch)
        where TKey : notnull
    {
        var loader = (BatchLoader<TKey, IReadOnlyList<TValue>>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, IReadOnlyList<TValue>>(
            async (keys, cancellationToken) => (await fetch(keys, cancellationToken).ConfigureAwait(false))
                .GroupBy(row => row.Key)
                .ToDictionary(group => group.Key, group => (IReadOnlyList<TValue>)group.Select(row => row.Value).ToList()), []));
        return loader.Load(key);
    }
}
