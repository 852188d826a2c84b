using System.Collections.Concurrent;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Values computed once per key, by the first caller to ask (others wait for it), while there is room for
/// <paramref name="capacity"/> keys; beyond that they are computed each time. Made for immutable networks, whose values
/// never go stale. A computation that fails is forgotten, so that the next caller tries again; when the caller who
/// started one gives up on it (its cancellation token), a caller still waiting starts it again under its own.
/// </summary>
public sealed class Memo<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> values = new();

    public TValue Get(TKey key, Func<CancellationToken, TValue> compute, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var ours = new Lazy<TValue>(() => compute(cancellationToken));
            if (!values.TryGetValue(key, out var entry))
            {
                if (values.Count >= capacity) return compute(cancellationToken);
                entry = values.GetOrAdd(key, ours);
            }
            try
            {
                return entry.Value;
            }
            catch (Exception failure)
            {
                values.TryRemove(KeyValuePair.Create(key, entry));
                if (failure is not OperationCanceledException || entry == ours || cancellationToken.IsCancellationRequested) throw;
            }
        }
    }
}
