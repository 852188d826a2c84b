using System.Text.RegularExpressions;

namespace NetworkGraph.Bench.Runner;

/// <summary>How long the build of the network took, as the engine logs it: reading the records and ties, then making the views.</summary>
public sealed record EngineBuild(double ReadSeconds, double ViewsSeconds)
{
    public double Seconds => ReadSeconds + ViewsSeconds;
}

/// <summary>
/// Reads NetworkGraph's log line "Network built as of change N: R records and T ties read in X ms, views made in Y ms."
/// The server appends to its log, so a start-up's build is the first line after those already there.
/// </summary>
public static partial class EngineLog
{
    [GeneratedRegex(@"Network built as of change \d+: .* read in (?<read>\d+) ms, views made in (?<views>\d+) ms")]
    private static partial Regex Built();

    public static int Builds(string logFile) => File.Exists(logFile) ? Built().Count(File.ReadAllText(logFile)) : 0;

    /// <summary>The build logged after <paramref name="before"/> others, waiting up to 5 s for the line; null when none comes.</summary>
    public static async Task<EngineBuild?> BuildAfterAsync(string logFile, int before)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var builds = File.Exists(logFile) ? Built().Matches(File.ReadAllText(logFile)) : null;
            if (builds is not null && builds.Count > before)
            {
                var build = builds[before];
                return new EngineBuild(int.Parse(build.Groups["read"].Value) / 1000.0, int.Parse(build.Groups["views"].Value) / 1000.0);
            }
            await Task.Delay(50);
        }
        return null;
    }
}
