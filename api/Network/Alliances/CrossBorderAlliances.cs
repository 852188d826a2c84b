namespace NetworkGraph.Api.Network.Alliances;

/// <summary>A record of the network named by its type and id: a coalition, or the edge of a partnership.</summary>
public sealed record NetworkRecordId(Type RecordType, Guid Id);

/// <summary>
/// A pair of countries (<see cref="From"/> before <see cref="To"/> in code order) and the coalitions and partnerships
/// that join organisations of the one to organisations of the other: coalitions first, each list in a fixed order.
/// </summary>
public sealed record CrossBorderCell(string From, string To, int Coalitions, int Partnerships, IReadOnlyList<NetworkRecordId> Examples);

/// <summary>Two neighbouring countries whose organisations share themes or target institutions and that nothing joins.</summary>
public sealed record CrossBorderGap(string From, string To, IReadOnlyList<string> SharedThemes, string Reason);

/// <summary>
/// Who works with whom across borders, on a filtered network: the countries of its organisations (their own:
/// headquarters and operating countries), the cells of the pairs that coalitions or partnerships join and the gaps.
/// </summary>
public sealed record CrossBorderAlliances(IReadOnlyList<string> Countries, IReadOnlyList<CrossBorderCell> Cells, IReadOnlyList<CrossBorderGap> Gaps)
{
    /// <summary>
    /// The alliances of the filtered network through the ties <paramref name="via"/> allows (every tie unless given): a
    /// coalition counts for a pair when two of its member organisations have the two countries, a partnership when its
    /// two organisations do. Cells and gaps come in the order of their countries' codes.
    /// </summary>
    public static CrossBorderAlliances Of(FilteredNetwork network, Func<int, bool>? via, CancellationToken cancellationToken)
    {
        var organisations = Enumerable.Range(0, network.Graph.NodeCount).Where(node => network.Node(node).Record is Organisation).ToList();
        var cells = new Dictionary<(string From, string To), (List<NetworkRecordId> Coalitions, List<NetworkRecordId> Partnerships)>();
        foreach (var coalition in Enumerable.Range(0, network.Graph.NodeCount).Where(node => network.Node(node).Record is Coalition))
            foreach (var pair in CoalitionPairs(network, coalition, via))
                Cell(cells, pair).Coalitions.Add(new NetworkRecordId(typeof(Coalition), network.Node(coalition).Id));
        for (var edge = 0; edge < network.Graph.EdgeCount; edge++)
        {
            var tie = network.Tie(edge);
            if (tie.Kind != Ties.Partnership || (via is not null && !via(edge))) continue;
            var ends = network.Graph.Ends(edge);
            foreach (var pair in Pairs(network.CountriesOf(ends.From), network.CountriesOf(ends.To)))
                Cell(cells, pair).Partnerships.Add(new NetworkRecordId(tie.Kind.EdgeType, tie.Id));
        }
        var countries = organisations.SelectMany(network.CountriesOf).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CrossBorderAlliances(countries,
            [.. cells.OrderBy(cell => cell.Key.From, StringComparer.Ordinal).ThenBy(cell => cell.Key.To, StringComparer.Ordinal).Select(cell => new CrossBorderCell(cell.Key.From, cell.Key.To, cell.Value.Coalitions.Count, cell.Value.Partnerships.Count,
                [.. cell.Value.Coalitions, .. cell.Value.Partnerships]))],
            CrossBorderGaps.Of(network, organisations, countries, cells.ContainsKey, cancellationToken));
    }

    private static (List<NetworkRecordId> Coalitions, List<NetworkRecordId> Partnerships) Cell(
        Dictionary<(string, string), (List<NetworkRecordId>, List<NetworkRecordId>)> cells, (string, string) pair)
    {
        if (!cells.TryGetValue(pair, out var cell)) cells[pair] = cell = ([], []);
        return cell;
    }

    /// <summary>The pairs of countries two different member organisations of the coalition have, each once.</summary>
    private static HashSet<(string, string)> CoalitionPairs(FilteredNetwork network, int coalition, Func<int, bool>? via)
    {
        var graph = network.Graph;
        var (neighbours, edges) = (graph.Neighbours(coalition).ToArray(), graph.EdgesOf(coalition).ToArray());
        var members = neighbours.Where((member, i) => network.Node(member).Record is Organisation && (via is null || via(edges[i]))).Distinct().ToList();
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
                pairs.UnionWith(Pairs(network.CountriesOf(members[i]), network.CountriesOf(members[j])));
        return pairs;
    }

    /// <summary>Each pair of different countries, one of each list, in code order.</summary>
    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.SelectMany(a => second.Where(b => a != b).Select(b => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a))).Distinct();
}
