namespace NetworkGraph.Data.Seeding;

/// <summary>What <c>seed</c> builds: the demo network by default, or a synthetic one of a given size.</summary>
public sealed record SeedOptions(int? Organisations = null, int Edges = 0, int Seed = 2026, bool Demo = true)
{
    /// <summary>Reads the seed options; "--Key=Value" arguments are configuration, left to the host.</summary>
    public static SeedOptions Parse(string[] args)
    {
        var options = new SeedOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=')) continue;
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], out var number) && number >= 0
                ? number
                : throw new ArgumentException($"'{args[i]}' needs a whole number after it.");
            options = args[i] switch
            {
                "--organisations" => options with { Organisations = value },
                "--edges" => options with { Edges = value },
                "--seed" => options with { Seed = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --organisations N, --edges M, --seed S."),
            };
            i++;
        }
        return options;
    }
}
