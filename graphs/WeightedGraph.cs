namespace NetworkGraph.Graphs;

/// <summary>
/// A weighted undirected graph with a self-loop weight per node: the graph Louvain works on at each level, where a node
/// stands for a community of the level below, its self-loop for the edges inside it and an edge's weight for the edges
/// between two communities. Adjacency lists never hold the node itself.
/// </summary>
internal sealed class WeightedGraph
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly double[] weights;
    private readonly double[] selfLoops;
    private readonly double[] strengths;

    private WeightedGraph(int[] offsets, int[] targets, double[] weights, double[] selfLoops)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.selfLoops = selfLoops;
        strengths = new double[NodeCount];
        for (var node = 0; node < NodeCount; node++)
        {
            strengths[node] = 2 * selfLoops[node];
            foreach (var weight in Weights(node)) strengths[node] += weight;
        }
        TotalWeight = strengths.Sum() / 2;
    }

    public int NodeCount => offsets.Length - 1;

    /// <summary>The sum of all edge weights, self-loops included: m in the modularity formula.</summary>
    public double TotalWeight { get; }

    public ReadOnlySpan<int> Targets(int node) => targets.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    public ReadOnlySpan<double> Weights(int node) => weights.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>The weighted degree of a node, a self-loop counting twice.</summary>
    public double Strength(int node) => strengths[node];

    /// <summary>Every edge of the simple graph with weight 1, no self-loops.</summary>
    public static WeightedGraph Of(SimpleGraph graph)
    {
        var offsets = new int[graph.NodeCount + 1];
        var targets = new List<int>(2 * graph.EdgeCount);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            targets.AddRange(graph.Neighbours(node));
            offsets[node + 1] = targets.Count;
        }
        var weights = new double[targets.Count];
        Array.Fill(weights, 1.0);
        return new WeightedGraph(offsets, [.. targets], weights, new double[graph.NodeCount]);
    }

    /// <summary>
    /// Modularity with the given resolution of the partition that puts each node alone: for the graph aggregated from
    /// a partition, the modularity of that partition. 0 for a graph without edges.
    /// </summary>
    public double SingletonModularity(double resolution)
    {
        if (TotalWeight == 0) return 0;
        var quality = 0.0;
        for (var node = 0; node < NodeCount; node++)
        {
            var share = strengths[node] / (2 * TotalWeight);
            quality += selfLoops[node] / TotalWeight - resolution * share * share;
        }
        return quality;
    }

    /// <summary>
    /// The graph with one node per community (numbered <c>0..communityCount-1</c>): the weights inside a community become
    /// its self-loop, those between two communities one edge. Cost O(V + E).
    /// </summary>
    public WeightedGraph Aggregate(int[] community, int communityCount)
    {
        var members = Enumerable.Range(0, NodeCount).GroupBy(node => community[node]).OrderBy(group => group.Key);
        var offsets = new int[communityCount + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var selfLoops = new double[communityCount];
        var weightTo = new double[communityCount];
        var touched = new List<int>();
        foreach (var group in members)
        {
            var own = group.Key;
            foreach (var node in group)
            {
                selfLoops[own] += this.selfLoops[node];
                var nodeTargets = Targets(node);
                var nodeWeights = Weights(node);
                for (var i = 0; i < nodeTargets.Length; i++)
                {
                    var other = community[nodeTargets[i]];
                    if (other == own)
                    {
                        if (node < nodeTargets[i]) selfLoops[own] += nodeWeights[i];
                        continue;
                    }
                    if (weightTo[other] == 0) touched.Add(other);
                    weightTo[other] += nodeWeights[i];
                }
            }
            foreach (var other in touched)
            {
                targets.Add(other);
                weights.Add(weightTo[other]);
                weightTo[other] = 0;
            }
            touched.Clear();
            offsets[own + 1] = targets.Count;
        }
        return new WeightedGraph(offsets, [.. targets], [.. weights], selfLoops);
    }
}
