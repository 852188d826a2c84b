namespace NetworkGraph.Api.Network.Analytics;

/// <summary>What a community's members have most in common, as a short text: "lgbtqi-rights, equality · AM, GE, AZ".</summary>
public static class CommunityLabel
{
    public const int Themes = 2, Countries = 3;

    /// <summary>
    /// The codes of the members' <see cref="Themes"/> most common themes, then " · " and of their <see cref="Countries"/>
    /// most common countries (<see cref="FilteredNetwork.CountriesOf"/>); each member counts once per code, equal counts
    /// in code order. A part the members have nothing for is left out, so members with neither give "".
    /// </summary>
    public static string Of(FilteredNetwork network, IEnumerable<int> members)
    {
        var themes = Counted.Most(members.SelectMany(member => network.Node(member).Themes.Distinct())).Take(Themes);
        var countries = Counted.Most(members.SelectMany(member => network.CountriesOf(member).Distinct())).Take(Countries);
        return string.Join(" · ", new[] { themes, countries }
            .Select(part => string.Join(", ", part.Select(count => count.Value))).Where(part => part.Length > 0));
    }
}
