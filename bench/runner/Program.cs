using System.Globalization;
using System.Runtime.InteropServices;
using NetworkGraph.Bench.Runner;

// The load part of bench/run.sh: starts NetworkGraph, PostGraphile and the hand-written endpoint on the benchmark
// database, measures them and writes the Markdown report. bench/run.sh builds everything and passes the paths.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

RunOptions options;
try
{
    options = RunOptions.Parse(args);
}
catch (ArgumentException usage)
{
    Console.Error.WriteLine(usage.Message);
    return 2;
}

Directory.CreateDirectory(options.Logs);
await using var database = new Database(options.Database);
var benchmark = new Benchmark(options, database);

// Interrupted (Ctrl+C, or bench/run.sh stopping): the servers it started go too.
void Interrupted(PosixSignalContext context) => benchmark.StopAll();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);

await benchmark.RunAsync();

var micro = new List<(string, string)>();
if (options.MicroResults is { } folder && Directory.Exists(folder))
{
    foreach (var file in Directory.GetFiles(folder, "*-report-github.md").Order())
    {
        var name = Path.GetFileName(file).Replace("NetworkGraph.Bench.Micro.", "").Replace("-report-github.md", "");
        micro.Add((name, await File.ReadAllTextAsync(file)));
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(options.Report)!);
await File.WriteAllTextAsync(options.Report, Report.Write(benchmark.Results, micro));
Console.WriteLine($"Report written to {options.Report}");
return 0;
