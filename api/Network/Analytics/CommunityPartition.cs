namespace NetworkGraph.Api.Network.Analytics;

/// <summary>A community of the filtered network: its members, most ties first, and a label made from what they share.</summary>
public sealed record Community(int Id, IReadOnlyList<NetworkNode> Members, string Label)
{
    public int Size => Members.Count;
}

/// <summary>The communities Louvain's method finds in a filtered network, biggest first, and the modularity of the partition.</summary>
public sealed record CommunityPartition(double Modularity, IReadOnlyList<Community> Communities, IReadOnlyList<int> CommunityOf)
{
    public int Count => Communities.Count;

    /// <summary>
    /// The partition of the filtered network at this resolution and seed, found once per network. Communities are
    /// numbered from 0 biggest first, equal sizes in the order of their first record; their members come with most ties
    /// first, then in the records' fixed order. <see cref="CommunityOf"/> gives each node the id of its community.
    /// </summary>
    public static CommunityPartition Of(FilteredNetwork network, double resolution, int seed, CancellationToken cancellationToken) =>
        network.Remember(new Key(resolution, seed), cancelled =>
    {
        var graph = network.Graph;
        var louvain = Graphs.Communities.Louvain(graph, resolution, seed, cancelled);
        var groups = Enumerable.Range(0, graph.NodeCount)
            .GroupBy(node => louvain.CommunityOf[node])
            .Select(community => community.OrderByDescending(graph.Degree).ToList())
            .OrderByDescending(members => members.Count)
            .ToList();
        var communityOf = new int[graph.NodeCount];
        for (var id = 0; id < groups.Count; id++)
            foreach (var member in groups[id]) communityOf[member] = id;
        var communities = groups.Select((members, id) => new Community(id, [.. members.Select(network.Node)], CommunityLabel.Of(network, members)));
        return new CommunityPartition(louvain.Modularity, [.. communities], communityOf);
    }, cancellationToken);

    private sealed record Key(double Resolution, int Seed);
}
