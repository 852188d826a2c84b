using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network.Analytics;

/// <summary>The records within some ties of one record (itself left out), and the countries, themes and institutions they cover.</summary>
public sealed record NetworkReach(int Nodes, IReadOnlyList<Counted<string>> Countries, IReadOnlyList<Counted<string>> Themes,
    IReadOnlyList<Counted<string>> Institutions)
{
    /// <summary>The reach of a record the caller may not see, or that does not exist.</summary>
    public static readonly NetworkReach None = new(0, [], [], []);

    /// <summary>
    /// The records <paramref name="of"/> reaches in at most <paramref name="hops"/> ties of the kinds
    /// <paramref name="via"/> allows. Each count is of the records that have the value: a country of their own or, for
    /// a record without one, of those it is tied to (<see cref="FilteredNetwork.CountriesOf"/>); a theme of their own;
    /// an institution one of those countries belongs to, or that they target. Most first, then in code order.
    /// </summary>
    public static NetworkReach Of(FilteredNetwork network, int of, int hops, Func<int, bool>? via)
    {
        var reached = Neighbourhood.Of(network.Graph, of, hops, edgeAllowed: via).Nodes.Skip(1).ToList();
        return new NetworkReach(reached.Count,
            Counted.Most(reached.SelectMany(node => network.CountriesOf(node).Distinct())),
            Counted.Most(reached.SelectMany(node => network.Node(node).Themes.Distinct())),
            Counted.Most(reached.SelectMany(network.InstitutionsOf)));
    }
}
