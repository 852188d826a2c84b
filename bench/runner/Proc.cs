using System.Runtime.InteropServices;

namespace NetworkGraph.Bench.Runner;

/// <summary>What Linux's /proc says about a process: CPU time used and resident memory.</summary>
public static class Proc
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK

    [DllImport("libc", SetLastError = true)]
    private static extern long sysconf(int name);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    public static readonly double MillisecondsPerTick = 1000.0 / sysconf(ClockTicksName);

    /// <summary>The fields of /proc/PID/stat after the command name: [0] is field 3 (state), [1] field 4 (ppid), …</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>User and system CPU time of the process in milliseconds; with children, that of its reaped children too.</summary>
    public static double CpuMilliseconds(int pid, bool withReapedChildren = false)
    {
        var fields = StatFields(pid);
        if (fields is null) return 0;
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        if (withReapedChildren) ticks += long.Parse(fields[13]) + long.Parse(fields[14]);
        return ticks * MillisecondsPerTick;
    }

    /// <summary>A process and all its live children: PostgreSQL's postmaster with its backends.</summary>
    public static double TreeCpuMilliseconds(int parent)
    {
        var total = CpuMilliseconds(parent, withReapedChildren: true);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == parent) continue;
            var fields = StatFields(pid);
            if (fields is not null && int.Parse(fields[1]) == parent) total += CpuMilliseconds(pid);
        }
        return total;
    }

    /// <summary>Resident memory now (VmRSS) and at its peak (VmHWM), in MiB.</summary>
    public static (double Resident, double Peak) MemoryMiB(int pid)
    {
        double resident = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = Kilobytes(line) / 1024.0;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) / 1024.0;
            }
        }
        catch (IOException)
        {
        }
        return (resident, peak);
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

    public static void Terminate(int pid) => kill(pid, 15);
}
