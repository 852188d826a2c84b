using BenchmarkDotNet.Attributes;
using GraphQL.DataLoader;
using NetworkGraph.GraphQL.DataLoading;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// One DataLoader batch as the three-level query makes it: a key per organisation on the page, one fetch for all
/// of them (here answered from memory, so only the loader's own work is measured), and a result per key.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class DataLoaderBenchmarks
{
    private Guid[] keys = [];
    private IReadOnlyDictionary<Guid, IReadOnlyList<string>> rows = null!;

    [Params(20, 100)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        keys = Enumerable.Range(0, Keys).Select(_ => Guid.CreateVersion7()).ToArray();
        rows = keys.ToDictionary(key => key, key => (IReadOnlyList<string>)["Coalition A", "Coalition B", "Coalition C"]);
    }

    [Benchmark(Description = "load a batch of keys")]
    public async Task<int> LoadBatch()
    {
        var loader = new BatchLoader<Guid, IReadOnlyList<string>>((_, _) => Task.FromResult(rows), []);
        var results = new IDataLoaderResult<IReadOnlyList<string>>[keys.Length];
        for (var i = 0; i < keys.Length; i++) results[i] = loader.Load(keys[i]);
        var loaded = 0;
        foreach (var result in results) loaded += (await result.GetResultAsync()).Count;
        return loaded;
    }
}
