using NetworkGraph.GraphQL.Limits;
using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network;

/// <summary><c>network { path neighbourhood }</c>: how two records are connected, and what lies near one.</summary>
public static class NetworkPathFields
{
    public const int MaxHops = 10, MaxPaths = 5, MaxDepth = 3, MaxNeighbourhood = 1000;

    private const string From = "from", To = "to", MaxHopsArgument = "maxHops", Via = "via", K = "k", Of = "of", Depth = "depth", First = "first";

    public static void AddTo(NetworkType network)
    {
        network.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkPathType>>>>("path")
            .Description($"The shortest ways from one record to another, shortest first: at most {MaxHops} ties long, at most {MaxPaths} of them (k).")
            .Argument<NonNullGraphType<IdGraphType>>(From)
            .Argument<NonNullGraphType<IdGraphType>>(To)
            .Argument<IntGraphType>(MaxHopsArgument, $"The most ties a path may take (1 to {MaxHops}).", argument => argument.DefaultValue = 6)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>(Via, "Only ties of these kinds; any kind unless given.")
            .Argument<IntGraphType>(K, $"How many paths (1 to {MaxPaths}): the k shortest that visit no record twice.", argument => argument.DefaultValue = 1)
            .WithCost(20)
            .Resolve(context => Paths(context));
        network.Field<NonNullGraphType<NeighbourhoodType>>("neighbourhood")
            .Description("The records within some ties of one record, nearest first, and the ties among them.")
            .Argument<NonNullGraphType<IdGraphType>>(Of)
            .Argument<IntGraphType>(Depth, $"How many ties away (1 to {MaxDepth}).", argument => argument.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>(Via, "Only ties of these kinds; any kind unless given.")
            .Argument<IntGraphType>(First, $"The most records to return (1 to {MaxNeighbourhood}).", argument => argument.DefaultValue = 200)
            .WithCost(50)
            .Resolve(context => Neighbourhood(context));
    }

    private static IReadOnlyList<NetworkPath> Paths(IResolveFieldContext<NetworkAnswer> context)
    {
        var network = context.Source.View.Whole;
        var maxHops = context.Within(MaxHopsArgument, 1, MaxHops);
        var k = context.Within(K, 1, MaxPaths);
        var via = context.Via(network, Via);
        if (!context.TryNode(network, From, out var from) || !context.TryNode(network, To, out var to)) return [];
        var paths = k == 1
            ? Graphs.Paths.Shortest(network.Graph, from, to, maxHops, via) is { } shortest ? [shortest] : []
            : Graphs.Paths.KShortest(network.Graph, from, to, k, maxHops, via);
        return [.. paths.Select(path => new NetworkPath([.. path.Nodes.Select(network.Node)], [.. path.Edges.Select(network.Tie)]))];
    }

    private static NetworkNeighbourhood Neighbourhood(IResolveFieldContext<NetworkAnswer> context)
    {
        var network = context.Source.View.Whole;
        var depth = context.Within(Depth, 1, MaxDepth);
        var first = context.Within(First, 1, MaxNeighbourhood);
        var via = context.Via(network, Via);
        if (!context.TryNode(network, Of, out var of)) return new NetworkNeighbourhood([], [], Truncated: false);
        var found = Graphs.Neighbourhood.Of(network.Graph, of, depth, first, via);
        return new NetworkNeighbourhood([.. found.Nodes.Select(network.Node)], [.. found.Edges.Select(network.Tie)], found.Truncated);
    }
}
