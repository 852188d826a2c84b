using NetworkGraph.GraphQL.Limits;
using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network;

/// <summary>The network as one caller may see it, at one snapshot: what the <c>network</c> field's fields read.</summary>
public sealed record NetworkAnswer(NetworkSnapshot Snapshot, NetworkView View);

/// <summary><c>network</c>: questions about how records are tied, answered from memory on the view of the caller's audience.</summary>
public sealed class NetworkQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NetworkType>>("network")
            .Description("How records are tied to one another, as far as the caller may see: paths, neighbourhoods.")
            .ResolveAsync(async context =>
            {
                var snapshot = await context.RequestServices!.GetRequiredService<NetworkEngine>().CurrentAsync(context.CancellationToken);
                return new NetworkAnswer(snapshot, snapshot.ViewOf(context.Access().Audience));
            });
}

public sealed class NetworkType : ObjectGraphType<NetworkAnswer>
{
    public const int MaxHops = 10, MaxPaths = 5, MaxDepth = 3, MaxNeighbourhood = 1000;

    public NetworkType()
    {
        Name = "Network";
        Description = "The records and ties the caller may see, as a network; nothing the caller may not see is used, counted or passed through.";
        Field<NonNullGraphType<LongGraphType>>("asOf").Description("The sequence of the latest change of the change log these answers reflect.")
            .Resolve(context => context.Source.Snapshot.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkPathType>>>>("path")
            .Description($"The shortest ways from one record to another, shortest first: at most {MaxHops} ties long, at most {MaxPaths} of them (k).")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", $"The most ties a path may take (1 to {MaxHops}).", argument => argument.DefaultValue = 6)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>("via", "Only ties of these kinds; any kind unless given.")
            .Argument<IntGraphType>("k", $"How many paths (1 to {MaxPaths}): the k shortest that visit no record twice.", argument => argument.DefaultValue = 1)
            .WithCost(20)
            .Resolve(context => Paths(context));
        Field<NonNullGraphType<NeighbourhoodType>>("neighbourhood")
            .Description("The records within some ties of one record, nearest first, and the ties among them.")
            .Argument<NonNullGraphType<IdGraphType>>("of")
            .Argument<IntGraphType>("depth", $"How many ties away (1 to {MaxDepth}).", argument => argument.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>("via", "Only ties of these kinds; any kind unless given.")
            .Argument<IntGraphType>("first", $"The most records to return (1 to {MaxNeighbourhood}).", argument => argument.DefaultValue = 200)
            .WithCost(50)
            .Resolve(context => Neighbourhood(context));
    }

    private static IReadOnlyList<NetworkPath> Paths(IResolveFieldContext<NetworkAnswer> context)
    {
        var view = context.Source.View;
        var maxHops = Within(context, "maxHops", 1, MaxHops);
        var k = Within(context, "k", 1, MaxPaths);
        var via = Via(context, view);
        if (!TryNode(context, view, "from", out var from) || !TryNode(context, view, "to", out var to)) return [];
        var paths = k == 1
            ? Graphs.Paths.Shortest(view.Graph, from, to, maxHops, via) is { } shortest ? [shortest] : []
            : Graphs.Paths.KShortest(view.Graph, from, to, k, maxHops, via);
        return [.. paths.Select(path => new NetworkPath([.. path.Nodes.Select(node => view.Nodes[node])], [.. path.Edges.Select(edge => view.Ties[edge])]))];
    }

    private static NetworkNeighbourhood Neighbourhood(IResolveFieldContext<NetworkAnswer> context)
    {
        var view = context.Source.View;
        var depth = Within(context, "depth", 1, MaxDepth);
        var first = Within(context, "first", 1, MaxNeighbourhood);
        var via = Via(context, view);
        if (!TryNode(context, view, "of", out var of)) return new NetworkNeighbourhood([], [], Truncated: false);
        var found = Graphs.Neighbourhood.Of(view.Graph, of, depth, first, via);
        return new NetworkNeighbourhood([.. found.Nodes.Select(node => view.Nodes[node])], [.. found.Edges.Select(edge => view.Ties[edge])], found.Truncated);
    }

    /// <summary>
    /// The node of the record an ID argument names; false when the caller may not see it or it does not exist, which
    /// answer alike. An ID of a type that is not part of the network is a coded error.
    /// </summary>
    private static bool TryNode(IResolveFieldContext context, NetworkView view, string argument, out int node)
    {
        var id = context.GetArgument<string>(argument);
        var (type, _) = GlobalId.Decode(id);
        var nodeType = NetworkNodeTypes.All.FirstOrDefault(candidate => candidate.RecordType.Name == type)
            ?? throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}' is not the ID of a record of the network: an organisation, defender, coalition, advocacy goal or event.");
        node = -1;
        return GlobalId.TryDecodeGuid(id, nodeType.RecordType.Name, out var guid) && view.TryIndexOf(guid, out node);
    }

    private static int Within(IResolveFieldContext context, string argument, int min, int max)
    {
        var value = context.GetArgument<int>(argument);
        return value >= min && value <= max ? value
            : throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}' must be between {min} and {max}.");
    }

    /// <summary>The edges of the kinds <c>via</c> names; null (every edge) unless it is given.</summary>
    private static Func<int, bool>? Via(IResolveFieldContext context, NetworkView view)
    {
        var kinds = context.GetArgument<List<object>?>("via")?.Cast<ITie>().ToHashSet();
        return kinds is null ? null : edge => kinds.Contains(view.Ties[edge].Kind);
    }
}
