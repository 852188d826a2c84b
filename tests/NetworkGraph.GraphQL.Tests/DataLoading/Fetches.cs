namespace NetworkGraph.GraphQL.Tests.DataLoading;

/// <summary>A fetch that records the keys of each call; thread-safe, as the loaders may call it from any thread.</summary>
public sealed class Fetches<TKey>
{
    private readonly List<TKey[]> calls = [];

    public IReadOnlyList<TKey[]> Calls
    {
        get
        {
            lock (calls) return [.. calls];
        }
    }

    /// <summary>Records the call and answers it with <paramref name="answer"/>.</summary>
    public Task<TResult> Record<TResult>(IReadOnlyList<TKey> keys, Func<IReadOnlyList<TKey>, TResult> answer)
    {
        lock (calls) calls.Add([.. keys]);
        return Task.FromResult(answer(keys));
    }
}
