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
    /// The alliances of the filtered network through the ties of the kinds <paramref name="via"/> names (every kind
    /// unless given), found once per network and kinds: a coalition counts for a pair when two of its member
    /// organisations have the two countries, a partnership when its two organisations do. Cells and gaps come in the
    /// order of their countries' codes; a cell keeps as many examples as a caller may ask for.
    /// </summary>
    public static CrossBorderAlliances Of(FilteredNetwork network, IReadOnlySet<ITie>? via, CancellationToken cancellationToken) =>
        network.Remember(new Key(via is null ? null : string.Join(',', via.Select(kind => kind.EdgeType.Name).Order(StringComparer.Ordinal))),
            cancelled => Find(network, via, cancelled), cancellationToken);

    private static CrossBorderAlliances Find(FilteredNetwork network, IReadOnlySet<ITie>? via, CancellationToken cancellationToken)
    {
        bool Counts(int edge) => via is null || via.Contains(network.Tie(edge).Kind);
        var graph = network.Graph;
        var cells = new Dictionary<(string From, string To), Cell>();
        Cell CellOf((string, string) pair) => cells.TryGetValue(pair, out var cell) ? cell : cells[pair] = new Cell();
        for (var coalition = 0; coalition < graph.NodeCount; coalition++)
        {
            if (network.Node(coalition).Record is not Coalition) continue;
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var pair in CoalitionPairs(network, coalition, Counts))
                CellOf(pair).Add(coalition: true, new NetworkRecordId(typeof(Coalition), network.Node(coalition).Id));
        }
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var tie = network.Tie(edge);
            if (tie.Kind != Ties.Partnership || !Counts(edge)) continue;
            var ends = graph.Ends(edge);
            foreach (var pair in Pairs(network.CountriesOf(ends.From), network.CountriesOf(ends.To)))
                CellOf(pair).Add(coalition: false, new NetworkRecordId(tie.Kind.EdgeType, tie.Id));
        }
        var organisations = Enumerable.Range(0, graph.NodeCount).Where(node => network.Node(node).Record is Organisation).ToList();
        var countries = organisations.SelectMany(network.CountriesOf).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CrossBorderAlliances(countries,
            [.. cells.OrderBy(cell => cell.Key.From, StringComparer.Ordinal).ThenBy(cell => cell.Key.To, StringComparer.Ordinal)
                .Select(cell => new CrossBorderCell(cell.Key.From, cell.Key.To, cell.Value.Coalitions, cell.Value.Partnerships, cell.Value.Examples))],
            CrossBorderGaps.Of(network, organisations, countries, cells.ContainsKey, cancellationToken));
    }

    /// <summary>
    /// The pairs of countries that two different member organisations of the coalition have. A pair of two countries
    /// qualifies unless one and the same member alone has both, so it is enough to know, per country, its members when
    /// there is one, and that there are more otherwise: the work grows with the members, not with their pairs.
    /// </summary>
    private static List<(string, string)> CoalitionPairs(FilteredNetwork network, int coalition, Func<int, bool> counts)
    {
        var graph = network.Graph;
        var neighbours = graph.Neighbours(coalition);
        var edges = graph.EdgesOf(coalition);
        var onlyMember = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < neighbours.Length; i++)
        {
            var member = neighbours[i];
            if (network.Node(member).Record is not Organisation || !counts(edges[i])) continue;
            foreach (var country in network.CountriesOf(member))
                onlyMember[country] = onlyMember.TryGetValue(country, out var known) && known != member ? Several : member;
        }
        var countries = onlyMember.Keys.Order(StringComparer.Ordinal).ToList();
        var pairs = new List<(string, string)>();
        for (var a = 0; a < countries.Count; a++)
            for (var b = a + 1; b < countries.Count; b++)
                if (onlyMember[countries[a]] == Several || onlyMember[countries[a]] != onlyMember[countries[b]])
                    pairs.Add((countries[a], countries[b]));
        return pairs;
    }

    /// <summary>Stands for "more than one member" in <see cref="CoalitionPairs"/>.</summary>
    private const int Several = -1;

    /// <summary>Each pair of different countries, one of each list, in code order, once.</summary>
    private static List<(string, string)> Pairs(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var pairs = new List<(string, string)>();
        foreach (var a in first)
            foreach (var b in second)
            {
                if (a == b) continue;
                var pair = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                if (!pairs.Contains(pair)) pairs.Add(pair);
            }
        return pairs;
    }

    private sealed record Key(string? Kinds);

    /// <summary>The counts of one cell, and its first examples: coalitions, then partnerships, as many as a caller may ask for.</summary>
    private sealed class Cell
    {
        private readonly List<NetworkRecordId> coalitions = [], partnerships = [];

        public int Coalitions { get; private set; }
        public int Partnerships { get; private set; }
        public IReadOnlyList<NetworkRecordId> Examples => [.. coalitions.Concat(partnerships).Take(CrossBorderCellType.MaxExamples)];

        public void Add(bool coalition, NetworkRecordId example)
        {
            var (count, examples) = coalition ? (++Coalitions, coalitions) : (++Partnerships, partnerships);
            if (count <= CrossBorderCellType.MaxExamples) examples.Add(example);
        }
    }
}
