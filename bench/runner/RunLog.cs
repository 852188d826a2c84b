namespace NetworkGraph.Bench.Runner;

/// <summary>The runner's progress on standard output, each line with the time.</summary>
public static class RunLog
{
    public static void Write(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
