using NetworkGraph.Data.Changes;
using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network;

/// <summary>
/// The network as one audience may see it: the records and ties the access rules show that audience, as a graph whose
/// node <c>i</c> is <see cref="Nodes"/>[i] and whose edge <c>j</c> is <see cref="Ties"/>[j]. Immutable: readers never
/// see a change half applied.
/// </summary>
public sealed class NetworkView
{
    private readonly Dictionary<Guid, int> indexOf;
    private readonly IReadOnlyList<string>[] countries;

    /// <summary>At most 32 filtered networks are kept; others are made again each time they are asked for.</summary>
    private readonly Memo<NetworkFilter, FilteredNetwork> filtered = new(capacity: 32);

    private NetworkView(long asOf, Selection selection, NetworkPlaces places)
    {
        var (nodes, ties, edges) = selection;
        AsOf = asOf;
        Nodes = nodes;
        Ties = ties;
        Places = places;
        indexOf = new Dictionary<Guid, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++) indexOf[nodes[i].Id] = i;
        Graph = new Graph(nodes.Length, edges);
        countries = new IReadOnlyList<string>[nodes.Length];
        for (var node = 0; node < nodes.Length; node++) countries[node] = nodes[node].Countries.Count > 0 ? nodes[node].Countries : CountriesAround(node);
        Whole = new FilteredNetwork(this, filter: null);
    }

    /// <summary>
    /// The sequence of the latest change of the log that changed what this audience sees. Changes to records the
    /// audience may not see leave it (and the view) as it was, so it says nothing of when hidden records change.
    /// </summary>
    public long AsOf { get; }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IReadOnlyList<NetworkTie> Ties { get; }

    public Graph Graph { get; }

    public NetworkPlaces Places { get; }

    /// <summary>The whole view, as the analyses read it when no filter is given.</summary>
    public FilteredNetwork Whole { get; }

    /// <summary>The countries of a record: its own, or when it has none (a coalition) those of the records it is tied to in this view.</summary>
    public IReadOnlyList<string> CountriesOf(int node) => countries[node];

    /// <summary>
    /// The institutions and groupings a record belongs to by place: those its countries (<see cref="CountriesOf"/>) are
    /// members of in any status, and those it targets (a goal).
    /// </summary>
    public IEnumerable<string> InstitutionsOf(int node) => Nodes[node].TargetInstitutions
        .Concat(countries[node].SelectMany(code => Places.Countries.TryGetValue(code, out var place) ? place.Institutions : Enumerable.Empty<string>()))
        .Distinct();

    /// <summary>The part of the view the filter keeps (all of it for none), made once per filter while there is room.</summary>
    public FilteredNetwork Filtered(NetworkFilter? filter) =>
        filter is null ? Whole : filtered.Get(filter, _ => new FilteredNetwork(this, filter));

    private string[] CountriesAround(int node)
    {
        var around = new HashSet<string>();
        foreach (var neighbour in Graph.Neighbours(node)) around.UnionWith(Nodes[neighbour].Countries);
        return [.. around.Order(StringComparer.Ordinal)];
    }

    /// <summary>The node of a record in this view; false when the audience may not see it (or it does not exist).</summary>
    public bool TryIndexOf(Guid id, out int index) => indexOf.TryGetValue(id, out index);

    /// <summary>
    /// The view of the audience the access rules speak for: a record when they show it, a tie when its own audience
    /// admits the caller and the records at both its ends (one per group of ends) are in the view, as
    /// <see cref="Tie{TEdge}.EndsAmong"/> asks of the database.
    /// </summary>
    public static NetworkView Of(AccessRules access, NetworkRecords records, long asOf) =>
        new(asOf, Select(access, records), records.Places);

    /// <summary>
    /// The view after <paramref name="changes"/>: this very view when what the audience sees is the same, else a new one
    /// as of the latest of the changes that named a record or tie the audience now sees differently (or that named none).
    /// </summary>
    public NetworkView After(AccessRules access, NetworkRecords records, IReadOnlyList<LoggedChange> changes)
    {
        var selection = Select(access, records);
        var (nodes, ties, _) = selection;
        var changed = Changed(Nodes, nodes, node => node.Id, (before, after) => before.SameAs(after));
        changed.UnionWith(Changed(Ties, ties, tie => tie.Id, (before, after) => before == after));
        if (changed.Count == 0) return this;
        var asOf = changes.Where(change => change.RecordId is not { } id || changed.Contains(id))
            .Select(change => change.Sequence).DefaultIfEmpty(changes[^1].Sequence).Max();
        return new NetworkView(asOf, selection, records.Places);
    }

    /// <summary>The ids that one of two lists in id order holds and the other does not, or that they hold differently.</summary>
    private static HashSet<Guid> Changed<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, Guid> id, Func<T, T, bool> same)
    {
        var changed = new HashSet<Guid>();
        var (b, a) = (0, 0);
        while (b < before.Count || a < after.Count)
        {
            var order = b == before.Count ? 1 : a == after.Count ? -1 : id(before[b]).CompareTo(id(after[a]));
            if (order < 0) changed.Add(id(before[b++]));
            else if (order > 0) changed.Add(id(after[a++]));
            else if (!same(before[b++], after[a])) changed.Add(id(after[a++]));
            else a++;
        }
        return changed;
    }

    /// <summary>The records and ties an audience may see, each in the order of their ids, and the ties as edges between the records' places.</summary>
    private sealed record Selection(NetworkNode[] Nodes, NetworkTie[] Ties, Edge[] Edges);

    private static Selection Select(AccessRules access, NetworkRecords records)
    {
        var shown = new bool[records.Nodes.Count];
        foreach (var type in NetworkNodeTypes.All)
            foreach (var id in type.Visible(access, records.Nodes.Where(node => node.Record.GetType() == type.RecordType)))
                shown[records.IndexOf(id)] = true;
        var (nodes, place) = (new List<NetworkNode>(), new int[shown.Length]);
        for (var record = 0; record < shown.Length; record++)
        {
            place[record] = shown[record] ? nodes.Count : -1;
            if (shown[record]) nodes.Add(records.Nodes[record]);
        }
        var admitted = NetworkTieKinds.All.ToDictionary(kind => kind.Tie, kind => kind.Admitted(access));
        // Two passes over the ties, so that the view's arrays are made once at their size.
        var kept = new bool[records.Ties.Count];
        var count = 0;
        for (var t = 0; t < kept.Length; t++)
        {
            var (from, to) = records.EndsOf(t);
            var tie = records.Ties[t];
            kept[t] = from >= 0 && to >= 0 && place[from] >= 0 && place[to] >= 0 && admitted[tie.Kind].Contains(tie.Visibility);
            if (kept[t]) count++;
        }
        var (ties, edges) = (new NetworkTie[count], new Edge[count]);
        for (int t = 0, next = 0; t < kept.Length; t++)
        {
            if (!kept[t]) continue;
            var (from, to) = records.EndsOf(t);
            (ties[next], edges[next++]) = (records.Ties[t], new Edge(place[from], place[to]));
        }
        return new Selection([.. nodes], ties, edges);
    }
}
