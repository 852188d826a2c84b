using System.Collections.Concurrent;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Values computed once per key, by the first caller to ask (others wait for it), while there is room for
/// <paramref name="capacity"/> keys; beyond that they are computed each time. Made for immutable networks, whose values never go stale.
/// </summary>
public sealed class Memo<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> values = new();

    public TValue Get(TKey key, Func<TValue> compute)
    {
        if (values.TryGetValue(key, out var known)) return known.Value;
        if (values.Count >= capacity) return compute();
        return values.GetOrAdd(key, _ => new Lazy<TValue>(compute)).Value;
    }
}
