using GraphQL.DataLoader;

namespace NetworkGraph.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for while a level of the query executes, then loads them all
/// with one call when the execution strategy first asks for a result. Loaded keys are cached for the
/// rest of the request. Safe under GraphQL.NET's parallel execution strategy.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Batch> batchOfKey = [];
    private Batch? open;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOfKey.TryGetValue(key, out var batch))
            {
                batch = open ??= new Batch(this);
                batch.Keys.Add(key);
                batchOfKey[key] = batch;
            }
            return new Result(batch, key, missing);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batch.Loading is { } loading) return loading;
            if (open == batch) open = null;
            return batch.Loading = fetch(batch.Keys, cancellationToken);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public List<TKey> Keys { get; } = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Loading { get; set; }
        public Task<IReadOnlyDictionary<TKey, TValue>> Run(CancellationToken cancellationToken) => owner.Dispatch(this, cancellationToken);
    }

    private sealed class Result(Batch batch, TKey key, TValue missing) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.Run(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
