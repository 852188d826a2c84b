namespace NetworkGraph.Api.Network.Alliances;

/// <summary>
/// Pairs of neighbouring countries (<see cref="NeighbouringCountries"/>) whose organisations share a theme or a target
/// institution, and that no coalition or partnership counted joins.
/// </summary>
public static class CrossBorderGaps
{
    public static IReadOnlyList<CrossBorderGap> Of(FilteredNetwork network, IReadOnlyList<int> organisations, IReadOnlyList<string> countries,
        Func<(string, string), bool> joined, CancellationToken cancellationToken)
    {
        var index = AllianceIndex.Of(network, cancellationToken);
        var themes = countries.ToDictionary(country => country, _ => new HashSet<string>());
        var targets = countries.ToDictionary(country => country, _ => new HashSet<string>());
        foreach (var organisation in organisations)
            foreach (var country in network.CountriesOf(organisation))
            {
                themes[country].UnionWith(network.Node(organisation).Themes);
                targets[country].UnionWith(index.TargetsOf(organisation));
            }
        var gaps = new List<CrossBorderGap>();
        for (var i = 0; i < countries.Count; i++)
            for (var j = i + 1; j < countries.Count; j++)
            {
                var (from, to) = (countries[i], countries[j]);
                if (joined((from, to)) || NeighbouringCountries.Why(network.View.Places, from, to) is not { } why) continue;
                var sharedThemes = themes[from].Intersect(themes[to]).Order(StringComparer.Ordinal).ToList();
                var sharedTargets = targets[from].Intersect(targets[to]).Order(StringComparer.Ordinal).ToList();
                if (sharedThemes.Count == 0 && sharedTargets.Count == 0) continue;
                gaps.Add(new CrossBorderGap(from, to, sharedThemes, Reason(from, to, why, sharedThemes, sharedTargets)));
            }
        return gaps;
    }

    private static string Reason(string from, string to, string why, List<string> themes, List<string> targets)
    {
        var shared = new[] { themes.Count > 0 ? $"work on {string.Join(", ", themes)}" : null, targets.Count > 0 ? $"target {string.Join(", ", targets)}" : null };
        return $"{from} and {to} are {why}; their organisations {string.Join(" and ", shared.OfType<string>())}, and no coalition or partnership joins them.";
    }
}
