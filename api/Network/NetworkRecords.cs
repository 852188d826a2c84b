using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network;

/// <summary>A record of the network as the engine holds it: the record with the columns access rules read, and what analytics filter on.</summary>
public sealed record NetworkNode(CuratedEntity Record, string? Kind, IReadOnlyList<string> Countries, IReadOnlyList<string> Themes,
    IReadOnlyList<string> TargetInstitutions)
{
    public Guid Id => Record.Id;

    /// <summary>Whether the other is the same record with the same attributes: all the network holds of it.</summary>
    public bool SameAs(NetworkNode other) =>
        Id == other.Id && Record.GetType() == other.Record.GetType() && Kind == other.Kind && Countries.SequenceEqual(other.Countries)
        && Themes.SequenceEqual(other.Themes) && TargetInstitutions.SequenceEqual(other.TargetInstitutions);
}

/// <summary>
/// A tie as the engine holds it: its id, the declaration of its kind, the records at its first and second group of ends
/// (for a partnership: the organisation, then its partner), its role as the schema names it ("LEAD", a curator's words;
/// null when the kind has none), its dates and its own audience.
/// </summary>
public sealed record NetworkTie(Guid Id, ITie Kind, Guid From, Guid To, string? Role, DateOnly? Since, DateOnly? Until, Visibility Visibility);

/// <summary>
/// Every record and tie of the network, whoever may see it, each list in the order of the ids: what the views of each
/// audience are made from. The engine replaces the records a change names and makes the views again; nothing else writes here.
/// </summary>
public sealed class NetworkRecords
{
    private NetworkNode[] nodes;
    private NetworkTie[] ties;
    private Dictionary<Guid, int> indexOf = [];

    /// <summary>The index in <see cref="Nodes"/> of the records at the two ends of each tie; -1 for an end that is not a record of the network.</summary>
    private Edge[] ends = [];

    private NetworkRecords(NetworkNode[] nodes, NetworkTie[] ties, NetworkPlaces places)
    {
        this.nodes = nodes;
        this.ties = ties;
        Places = places;
        IndexEnds();
    }

    /// <summary>The reference data, as read when the records were (it changes only with a new release of the data).</summary>
    public NetworkPlaces Places { get; }

    /// <summary>The records, in the order of their ids.</summary>
    public IReadOnlyList<NetworkNode> Nodes => nodes;

    /// <summary>The ties, in the order of their ids.</summary>
    public IReadOnlyList<NetworkTie> Ties => ties;

    /// <summary>The index in <see cref="Nodes"/> of the record of the id (which must be there).</summary>
    public int IndexOf(Guid id) => indexOf[id];

    /// <summary>The indices in <see cref="Nodes"/> of the records at the ends of the tie of index <paramref name="tie"/>; -1 for one that is not there.</summary>
    public Edge EndsOf(int tie) => ends[tie];

    /// <summary>Every record and tie from the database, and the reference data: each type and kind read side by side, in a context of its own.</summary>
    public static async Task<NetworkRecords> LoadAsync(IDbContextFactory<NetworkGraphDbContext> contexts, CancellationToken cancellationToken)
    {
        async Task<T> Read<T>(Func<NetworkGraphDbContext, Task<T>> read)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await read(db);
        }
        var nodes = Task.WhenAll(NetworkNodeTypes.All.Select(type => Read(db => type.LoadAsync(db, only: null, cancellationToken))));
        var ties = Task.WhenAll(NetworkTieKinds.All.Select(kind => Read(db => kind.LoadAsync(db, only: null, cancellationToken))));
        var places = Read(db => NetworkPlaces.LoadAsync(db, cancellationToken));
        return new NetworkRecords(InIdOrder(await nodes, node => node.Id), InIdOrder(await ties, tie => tie.Id), await places);
    }

    /// <summary>Reads the named records and ties again: those that no longer exist leave the network.</summary>
    public async Task ReloadAsync(NetworkGraphDbContext db, IReadOnlyCollection<(string RecordType, Guid Id)> changed, CancellationToken cancellationToken)
    {
        var (nodeIds, reloadedNodes) = (new List<Guid>(), new List<NetworkNode>());
        foreach (var type in NetworkNodeTypes.All)
        {
            var ids = IdsOf(changed, type.RecordType);
            if (ids.Count == 0) continue;
            nodeIds.AddRange(ids);
            reloadedNodes.AddRange(await type.LoadAsync(db, ids, cancellationToken));
        }
        var (tieIds, reloadedTies) = (new List<Guid>(), new List<NetworkTie>());
        foreach (var kind in NetworkTieKinds.All)
        {
            var ids = IdsOf(changed, kind.Tie.EdgeType);
            if (ids.Count == 0) continue;
            tieIds.AddRange(ids);
            reloadedTies.AddRange(await kind.LoadAsync(db, ids, cancellationToken));
        }
        nodes = Replaced(nodes, nodeIds, reloadedNodes, node => node.Id);
        ties = Replaced(ties, tieIds, reloadedTies, tie => tie.Id);
        IndexEnds();
    }

    private void IndexEnds()
    {
        indexOf = new Dictionary<Guid, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++) indexOf[nodes[i].Id] = i;
        ends = Array.ConvertAll(ties, tie => new Edge(indexOf.GetValueOrDefault(tie.From, -1), indexOf.GetValueOrDefault(tie.To, -1)));
    }

    private static List<Guid> IdsOf(IReadOnlyCollection<(string RecordType, Guid Id)> changed, Type recordType) =>
        [.. changed.Where(change => change.RecordType == recordType.Name).Select(change => change.Id).Distinct()];

    private static T[] InIdOrder<T>(List<T> items, Func<T, Guid> id)
    {
        var sorted = items.ToArray();
        Array.Sort(Array.ConvertAll(sorted, item => id(item)), sorted);
        return sorted;
    }

    /// <summary>
    /// The lists as one in id order. Each comes in the database's order of ids, which is .NET's for PostgreSQL's and
    /// SQLite's (and not SQL Server's): lists in order are merged in one pass, others sorted.
    /// </summary>
    private static T[] InIdOrder<T>(IReadOnlyList<List<T>> lists, Func<T, Guid> id)
    {
        if (!lists.All(list => InOrder(list, id))) return InIdOrder([.. lists.SelectMany(list => list)], id);
        var merged = new T[lists.Sum(list => list.Count)];
        var next = new int[lists.Count];
        for (var i = 0; i < merged.Length; i++)
        {
            var from = -1;
            for (var l = 0; l < lists.Count; l++)
                if (next[l] < lists[l].Count && (from < 0 || id(lists[l][next[l]]).CompareTo(id(lists[from][next[from]])) < 0)) from = l;
            merged[i] = lists[from][next[from]++];
        }
        return merged;
    }

    private static bool InOrder<T>(List<T> list, Func<T, Guid> id)
    {
        for (var i = 1; i < list.Count; i++)
            if (id(list[i - 1]).CompareTo(id(list[i])) > 0) return false;
        return true;
    }

    /// <summary>The items in id order without those of the ids, and with the reloaded ones in their places: one pass.</summary>
    private static T[] Replaced<T>(T[] sorted, List<Guid> ids, List<T> reloaded, Func<T, Guid> id)
    {
        if (ids.Count == 0) return sorted;
        var removed = ids.Order().ToArray();
        var added = InIdOrder(reloaded, id);
        var result = new List<T>(sorted.Length + added.Length);
        var (r, a) = (0, 0);
        foreach (var item in sorted)
        {
            var key = id(item);
            while (a < added.Length && id(added[a]).CompareTo(key) < 0) result.Add(added[a++]);
            while (r < removed.Length && removed[r].CompareTo(key) < 0) r++;
            if (r == removed.Length || removed[r] != key) result.Add(item);
        }
        result.AddRange(added[a..]);
        return [.. result];
    }
}
