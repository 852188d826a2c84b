using NetworkGraph.Data.Changes;
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
        return new NetworkRecords(InIdOrder([.. (await nodes).SelectMany(list => list)], node => node.Id),
            InIdOrder([.. (await ties).SelectMany(list => list)], tie => tie.Id), await places);
    }

    /// <summary>Reads the named records and ties again: those that no longer exist leave the network.</summary>
    /// <summary>Whether a change can alter the network: one of a record type or a kind of tie it holds, or one that names no record (a load, an erasure).</summary>
    public static bool Concerns(LoggedChange change) => change.RecordId is null || HeldTypes.Contains(change.RecordType);

    private static readonly HashSet<string> HeldTypes =
        [.. NetworkNodeTypes.All.Select(type => type.RecordType.Name), .. Data.Edges.Ties.All.Select(tie => tie.EdgeType.Name)];

    public async Task ReloadAsync(NetworkGraphDbContext db, IReadOnlyCollection<(string RecordType, Guid Id)> changed, CancellationToken cancellationToken)
    {
        var (nodeIds, reloadedNodes) = await RereadAsync(NetworkNodeTypes.All, type => type.RecordType, (type, ids) => type.LoadAsync(db, ids, cancellationToken));
        var (tieIds, reloadedTies) = await RereadAsync(NetworkTieKinds.All, kind => kind.Tie.EdgeType, (kind, ids) => kind.LoadAsync(db, ids, cancellationToken));
        nodes = Replaced(nodes, nodeIds, reloadedNodes, node => node.Id);
        ties = Replaced(ties, tieIds, reloadedTies, tie => tie.Id);
        IndexEnds();

        async Task<(List<Guid> Ids, List<T> Reloaded)> RereadAsync<TType, T>(IEnumerable<TType> types, Func<TType, Type> recordType,
            Func<TType, List<Guid>, Task<List<T>>> load)
        {
            var (named, reloaded) = (new List<Guid>(), new List<T>());
            foreach (var type in types)
            {
                var ids = IdsOf(changed, recordType(type));
                if (ids.Count == 0) continue;
                named.AddRange(ids);
                reloaded.AddRange(await load(type, ids));
            }
            return (named, reloaded);
        }
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
