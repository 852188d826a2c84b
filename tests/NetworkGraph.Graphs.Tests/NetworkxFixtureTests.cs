using System.Text.Json;

namespace NetworkGraph.Graphs.Tests;

/// <summary>
/// The algorithms on graphs whose answers networkx computed (<c>Fixtures/networkx_fixtures.py</c>): betweenness with
/// networkx's normalisation of an undirected graph, average clustering, density and components.
/// </summary>
public sealed class NetworkxFixtureTests
{
    private const double Tolerance = 1e-9;

    private sealed record Fixture(int Nodes, int[][] Edges, double[] Betweenness, double AverageClustering, double Density, int Components)
    {
        public Graph ToGraph() => new(Nodes, [.. Edges.Select(edge => new Edge(edge[0], edge[1]))]);
    }

    public static TheoryData<string> Fixtures => ["karate.json", "barabasi-albert.json"];

    private static Fixture Read(string name) =>
        JsonSerializer.Deserialize<Fixture>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), JsonSerializerOptions.Web)!;

    [Theory, MemberData(nameof(Fixtures))]
    public void Exact_betweenness_is_what_networkx_computes(string name)
    {
        var fixture = Read(name);
        var scores = Betweenness.Of(fixture.ToGraph()).Scores;
        Assert.Equal(fixture.Betweenness.Length, scores.Count);
        for (var node = 0; node < scores.Count; node++) Assert.Equal(fixture.Betweenness[node], scores[node], Tolerance);
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void Clustering_density_and_components_are_what_networkx_computes(string name)
    {
        var fixture = Read(name);
        var graph = fixture.ToGraph();
        Assert.Equal(fixture.AverageClustering, Clustering.Average(graph), Tolerance);
        Assert.Equal(fixture.Density, Density.Of(graph), Tolerance);
        Assert.Equal(fixture.Components, Components.Of(graph).Count);
    }
}
