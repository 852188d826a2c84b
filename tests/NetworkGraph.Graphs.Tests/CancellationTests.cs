namespace NetworkGraph.Graphs.Tests;

/// <summary>The long analyses stop when their caller gives up, and answer as without a token when it does not.</summary>
public sealed class CancellationTests
{
    private static readonly Graph Network = Shapes.Named("barabasi-albert");

    public static TheoryData<string> Analyses => ["betweenness", "louvain", "clustering"];

    [Theory, MemberData(nameof(Analyses))]
    public void A_cancelled_analysis_stops(string analysis)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Run(analysis, cancelled.Token));
    }

    [Theory, MemberData(nameof(Analyses))]
    public void A_token_never_cancelled_changes_nothing(string analysis)
    {
        using var waiting = new CancellationTokenSource();
        Assert.Equal(Run(analysis, CancellationToken.None), Run(analysis, waiting.Token));
    }

    private static double[] Run(string analysis, CancellationToken cancellationToken) => analysis switch
    {
        "betweenness" => [.. Betweenness.Of(Network, cancellationToken: cancellationToken).Scores],
        "louvain" => [Communities.Louvain(Network, cancellationToken: cancellationToken).Modularity],
        _ => [Clustering.Average(Network, cancellationToken)],
    };
}
