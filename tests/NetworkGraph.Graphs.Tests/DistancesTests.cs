namespace NetworkGraph.Graphs.Tests;

public sealed class DistancesTests
{
    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Give_the_hops_to_every_node_within_reach_and_minus_one_beyond(string shape)
    {
        var graph = Shapes.Named(shape);
        var quik = Oracles.ToQuikGraph(graph);
        var random = new Random(9);
        foreach (var maxHops in new[] { 0, 1, 3, int.MaxValue })
        {
            var from = random.Next(graph.NodeCount);
            var expected = Oracles.Distances(quik, from, from, edgeAllowed: null, nodeAllowed: null);

            var hops = Distances.From(graph, from, maxHops);

            Assert.Equal(Enumerable.Range(0, graph.NodeCount).Select(node => expected.TryGetValue(node, out var away) && away <= maxHops ? away : -1), hops);
        }
    }
}
