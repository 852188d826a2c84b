using BenchmarkDotNet.Running;
using NetworkGraph.Bench.Micro;

// Micro-benchmarks of the hot paths of a request: parsing and validating the budget query against the real schema,
// a DataLoader batch, translating a where input to an expression tree, the network engine's path search on a graph of
// the large network's size, and (with the benchmark database named in NETWORKGRAPH_BENCH_DATABASE) whole operations
// in process. Run by bench/run.sh, or alone:
//   dotnet run -c Release --project bench/micro -- --filter '*'
Type[] benchmarks = [typeof(RequestBenchmarks), typeof(DataLoaderBenchmarks), typeof(FilterBenchmarks), typeof(PathBenchmarks)];
if (Environment.GetEnvironmentVariable(ExecutionBenchmarks.DatabaseVariable) is { Length: > 0 })
    benchmarks = [.. benchmarks, typeof(ExecutionBenchmarks)];
BenchmarkSwitcher.FromTypes(benchmarks).Run(args);
