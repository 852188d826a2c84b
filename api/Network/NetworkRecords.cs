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
/// A tie as the engine holds it: its edge (with the columns access rules read and its role and dates), the declaration
/// of its kind, and the records at its first and second group of ends (for a partnership: the organisation, then its partner).
/// </summary>
public sealed record NetworkTie(ITie Kind, EdgeEntity Edge, Guid From, Guid To)
{
    public Guid Id => Edge.Id;

    /// <summary>The edge's role or kind as text ("Lead", "Funder", a curator's words), null when it has none.</summary>
    public string? Role => Kind.Role?.PropertyInfo.GetValue(Edge)?.ToString();

    /// <summary>Whether the other is the same tie between the same records, with the same role and dates.</summary>
    public bool SameAs(NetworkTie other) =>
        Id == other.Id && Kind == other.Kind && From == other.From && To == other.To && Role == other.Role
        && Edge.Since == other.Edge.Since && Edge.Until == other.Edge.Until;
}

/// <summary>
/// Every record and tie of the network, whoever may see it, by id: what the views of each audience are made from. The
/// engine replaces the records a change names and rebuilds the views; nothing else writes here.
/// </summary>
public sealed class NetworkRecords(Dictionary<Guid, NetworkNode> nodes, Dictionary<Guid, NetworkTie> ties, NetworkPlaces places)
{
    /// <summary>The reference data, as read when the records were (it changes only with a new release of the data).</summary>
    public NetworkPlaces Places => places;

    public IReadOnlyDictionary<Guid, NetworkNode> Nodes => nodes;

    public IReadOnlyDictionary<Guid, NetworkTie> Ties => ties;

    /// <summary>Every record and tie from the database, and the reference data.</summary>
    public static async Task<NetworkRecords> LoadAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<Guid, NetworkNode>();
        foreach (var type in NetworkNodeTypes.All)
            foreach (var node in await type.LoadAsync(db, only: null, cancellationToken)) nodes[node.Id] = node;
        var ties = new Dictionary<Guid, NetworkTie>();
        foreach (var kind in NetworkTieKinds.All)
            foreach (var tie in await kind.LoadAsync(db, only: null, cancellationToken)) ties[tie.Id] = tie;
        return new NetworkRecords(nodes, ties, await NetworkPlaces.LoadAsync(db, cancellationToken));
    }

    /// <summary>Reads the named records and ties again: those that no longer exist leave the network.</summary>
    public async Task ReloadAsync(NetworkGraphDbContext db, IReadOnlyCollection<(string RecordType, Guid Id)> changed, CancellationToken cancellationToken)
    {
        foreach (var type in NetworkNodeTypes.All)
        {
            var ids = IdsOf(changed, type.RecordType);
            if (ids.Count == 0) continue;
            foreach (var id in ids) nodes.Remove(id);
            foreach (var node in await type.LoadAsync(db, ids, cancellationToken)) nodes[node.Id] = node;
        }
        foreach (var kind in NetworkTieKinds.All)
        {
            var ids = IdsOf(changed, kind.Tie.EdgeType);
            if (ids.Count == 0) continue;
            foreach (var id in ids) ties.Remove(id);
            foreach (var tie in await kind.LoadAsync(db, ids, cancellationToken)) ties[tie.Id] = tie;
        }
    }

    private static List<Guid> IdsOf(IReadOnlyCollection<(string RecordType, Guid Id)> changed, Type recordType) =>
        [.. changed.Where(change => change.RecordType == recordType.Name).Select(change => change.Id).Distinct()];
}
