using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network.Analytics;

/// <summary>A record as a broker of the filtered network: its betweenness, how evenly its ties spread across communities, and its number of ties.</summary>
public sealed record Broker(NetworkNode Node, double Betweenness, double Bridging, int Degree);

/// <summary>
/// Every record of a filtered network, best broker first, and how many sources the betweenness was sampled from (null
/// when it is exact).
/// </summary>
public sealed record BrokerRanking(int? Sampled, IReadOnlyList<Broker> Nodes)
{
    /// <summary>Scores closer than this are equal: the same betweenness summed in another order differs in its last digits.</summary>
    private const int ComparedDigits = 12;

    /// <summary>
    /// The ranking of the filtered network, made once per network. Betweenness is exact up to
    /// <paramref name="exactLimit"/> records and estimated from <see cref="SampleSize"/> sources (seed 0) above it;
    /// bridging reads the communities of <c>communities(resolution: 1, seed: 0)</c>. Best betweenness first, then most
    /// ties, then in the records' fixed order.
    /// </summary>
    public static BrokerRanking Of(FilteredNetwork network, int exactLimit, CancellationToken cancellationToken) => network.Remember(new Key(exactLimit), cancelled =>
    {
        var graph = network.Graph;
        var sampled = SampleSize(graph.NodeCount, exactLimit);
        // The communities are found meanwhile, on another core: neither waits for the other.
        var communities = Task.Run(() => CommunityPartition.Of(network, resolution: 1, seed: 0, cancelled), cancelled);
        var betweenness = Betweenness.Of(graph, samples: sampled, seed: 0, cancellationToken: cancelled);
        var communityOf = communities.GetAwaiter().GetResult().CommunityOf;
        var brokers = Enumerable.Range(0, graph.NodeCount)
            .Select(node => new Broker(network.Node(node), betweenness.Scores[node], Bridging(graph, communityOf, node), graph.Degree(node)))
            .OrderByDescending(broker => Math.Round(broker.Betweenness, ComparedDigits)).ThenByDescending(broker => broker.Degree);
        return new BrokerRanking(sampled, [.. brokers]);
    }, cancellationToken);

    /// <summary>
    /// How many sources the betweenness of <paramref name="nodes"/> records is estimated from: none (it is exact) up to
    /// the limit L; above it L² / n (at least 1), so that the searches, one per source through about n records each,
    /// cost about what an exact ranking at the limit does.
    /// </summary>
    public static int? SampleSize(int nodes, int exactLimit) =>
        nodes <= exactLimit ? null : (int)Math.Max(1, (long)exactLimit * exactLimit / nodes);

    /// <summary>
    /// 1 − Σ_c (share of the node's ties that lead into community c)², the participation coefficient: 0 when every tie
    /// stays in one community (or there is none), nearer 1 the more evenly they spread over more communities.
    /// </summary>
    private static double Bridging(Graph graph, IReadOnlyList<int> communityOf, int node)
    {
        var degree = graph.Degree(node);
        if (degree == 0) return 0;
        var ties = new Dictionary<int, int>();
        foreach (var neighbour in graph.Neighbours(node)) ties[communityOf[neighbour]] = ties.GetValueOrDefault(communityOf[neighbour]) + 1;
        return 1 - ties.Values.Sum(count => (double)count * count) / ((double)degree * degree);
    }

    private sealed record Key(int ExactLimit);
}
