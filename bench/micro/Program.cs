using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths of a request: parsing and validating the budget query against the real schema,
// a DataLoader batch, and translating a where input to an expression tree. Run by bench/run.sh, or alone:
//   dotnet run -c Release --project bench/micro -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NetworkGraph.Bench.Micro.ShortRunConfig).Assembly).Run(args);
