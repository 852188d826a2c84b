using GraphQL.DataLoader;
using NetworkGraph.GraphQL.DataLoading;

namespace NetworkGraph.GraphQL.Tests.DataLoading;

public sealed class BatchLoaderTests
{
    private readonly Fetches<int> fetches = new();

    /// <summary>Names the keys it is asked for, but for multiples of 10, which it does not find.</summary>
    private BatchLoader<int, string> Loader() => new((keys, _) => fetches.Record(keys, Names), "missing");

    private static IReadOnlyDictionary<int, string> Names(IReadOnlyList<int> keys) =>
        keys.Where(key => key % 10 != 0).ToDictionary(key => key, key => $"v{key}");

    private static Task<string[]> All(params IDataLoaderResult<string>[] results) =>
        Task.WhenAll(results.Select(result => result.GetResultAsync()));

    [Fact]
    public async Task Keys_asked_before_any_result_is_awaited_are_fetched_in_one_call()
    {
        var loader = Loader();
        var values = await All(loader.Load(1), loader.Load(2), loader.Load(3));
        Assert.Equal(["v1", "v2", "v3"], values);
        Assert.Equal([[1, 2, 3]], fetches.Calls);
    }

    [Fact]
    public async Task A_key_asked_twice_is_fetched_once_and_kept_for_the_request()
    {
        var loader = Loader();
        Assert.Equal(["v1", "v1"], await All(loader.Load(1), loader.Load(1)));
        Assert.Equal("v1", await loader.Load(1).GetResultAsync());
        Assert.Equal([[1]], fetches.Calls);
    }

    [Fact]
    public async Task Keys_asked_after_a_batch_was_fetched_go_in_a_new_batch_without_the_known_ones()
    {
        var loader = Loader();
        await All(loader.Load(1), loader.Load(2));
        Assert.Equal(["v2", "v3", "v4"], await All(loader.Load(2), loader.Load(3), loader.Load(4)));
        Assert.Equal([[1, 2], [3, 4]], fetches.Calls);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_gives_the_missing_value()
    {
        var loader = Loader();
        Assert.Equal(["v9", "missing"], await All(loader.Load(9), loader.Load(10)));
    }

    [Fact]
    public async Task A_key_asked_while_its_batch_is_loading_waits_for_that_batch()
    {
        var answer = new TaskCompletionSource<IReadOnlyDictionary<int, string>>();
        var calls = 0;
        var loader = new BatchLoader<int, string>((_, _) =>
        {
            Interlocked.Increment(ref calls);
            return answer.Task;
        }, "missing");
        var first = loader.Load(1).GetResultAsync();
        var again = loader.Load(1).GetResultAsync();
        Assert.False(again.IsCompleted);

        answer.SetResult(new Dictionary<int, string> { [1] = "v1" });
        Assert.Equal(["v1", "v1"], await Task.WhenAll(first, again));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Concurrent_loads_fetch_each_key_once_and_give_every_caller_its_value()
    {
        var loader = Loader();
        var asked = Enumerable.Range(0, 2000).Select(i => i % 150).ToArray();
        var values = new string[asked.Length];
        await Parallel.ForAsync(0, asked.Length, async (i, cancellationToken) =>
            values[i] = await loader.Load(asked[i]).GetResultAsync(cancellationToken));

        Assert.Equal(asked.Select(key => key % 10 == 0 ? "missing" : $"v{key}"), values);
        Assert.Equal(Enumerable.Range(0, 150), fetches.Calls.SelectMany(keys => keys).Order());
    }
}
