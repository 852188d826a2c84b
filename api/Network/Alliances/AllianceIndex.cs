namespace NetworkGraph.Api.Network.Alliances;

/// <summary>
/// What alliances read of each record of a filtered network, found once per network: the goals it supports, the goals
/// through which it works towards institutions (its own and its coalitions').
/// </summary>
public sealed class AllianceIndex
{
    private static readonly object Key = new();

    private readonly int[][] goals;
    private readonly int[][] targetGoals;
    private readonly HashSet<string>[] targets;

    private AllianceIndex(FilteredNetwork network)
    {
        var nodes = Enumerable.Range(0, network.Graph.NodeCount).ToArray();
        goals = [.. nodes.Select(node => NeighboursOfType<AdvocacyGoal>(network, node).ToArray())];
        targetGoals = [.. nodes.Select(node => goals[node].Concat(NeighboursOfType<Coalition>(network, node).SelectMany(coalition => goals[coalition]))
            .Distinct().Order().ToArray())];
        targets = [.. targetGoals.Select(ofNode => ofNode.SelectMany(goal => network.Node(goal).TargetInstitutions).ToHashSet())];
    }

    /// <summary>The index of the filtered network, made once per network.</summary>
    public static AllianceIndex Of(FilteredNetwork network, CancellationToken cancellationToken) =>
        network.Remember(Key, _ => new AllianceIndex(network), cancellationToken);

    /// <summary>The advocacy goals the record supports, in node order.</summary>
    public IReadOnlyList<int> GoalsOf(int node) => goals[node];

    /// <summary>The goals the record or one of its coalitions supports, in node order: those through which it targets institutions.</summary>
    public IReadOnlyList<int> TargetGoalsOf(int node) => targetGoals[node];

    /// <summary>The institutions those goals target.</summary>
    public IReadOnlySet<string> TargetsOf(int node) => targets[node];

    private static IEnumerable<int> NeighboursOfType<T>(FilteredNetwork network, int node) =>
        network.Graph.Neighbours(node).ToArray().Where(neighbour => network.Node(neighbour).Record is T).Distinct().Order();
}
