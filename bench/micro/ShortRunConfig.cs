using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// Short runs in this process (no separate build per benchmark), with allocations measured: enough to see where
/// a request's time and memory go, quick enough for bench/run.sh.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
