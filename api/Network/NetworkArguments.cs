namespace NetworkGraph.Api.Network;

/// <summary>How the network's fields read their arguments: each is checked, and a bad one is a coded error.</summary>
public static class NetworkArguments
{
    /// <summary>
    /// The node of the record an ID argument names; false when the caller may not see it, the filter leaves it out or it
    /// does not exist, which answer alike. An ID of a type that is not part of the network is a coded error.
    /// </summary>
    public static bool TryNode(this IResolveFieldContext context, FilteredNetwork network, string argument, out int node)
    {
        var id = context.GetArgument<string>(argument);
        var (type, _) = GlobalId.Decode(id);
        var nodeType = NetworkNodeTypes.All.FirstOrDefault(candidate => candidate.RecordType.Name == type)
            ?? throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}' is not the ID of a record of the network: an organisation, defender, coalition, advocacy goal or event.");
        node = -1;
        return GlobalId.TryDecodeGuid(id, nodeType.RecordType.Name, out var guid) && network.TryNodeOf(guid, out node);
    }

    /// <summary>An integer argument (given, or its default) between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static int Within(this IResolveFieldContext context, string argument, int min, int max)
    {
        var value = context.GetArgument<int>(argument);
        return value >= min && value <= max ? value
            : throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}' must be between {min} and {max}.");
    }

    /// <summary>A number argument (given, or its default) above 0 and at most <paramref name="max"/>.</summary>
    public static double Positive(this IResolveFieldContext context, string argument, double max)
    {
        var value = context.GetArgument<double>(argument);
        return value > 0 && value <= max ? value
            : throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}' must be above 0 and at most {max}.");
    }

    /// <summary>The edges of the kinds a <c>via</c> argument names; null (every edge) unless it is given.</summary>
    public static Func<int, bool>? Via(this IResolveFieldContext context, FilteredNetwork network, string argument) =>
        context.ViaKinds(argument) is { } kinds ? edge => kinds.Contains(network.Tie(edge).Kind) : null;

    /// <summary>The kinds of tie a <c>via</c> argument names; null (every kind) unless it is given.</summary>
    public static IReadOnlySet<ITie>? ViaKinds(this IResolveFieldContext context, string argument) =>
        context.GetArgument<List<object>?>(argument)?.Cast<ITie>().ToHashSet();

    /// <summary>The part of the caller's view a <c>where</c> argument keeps (all of it when none is given).</summary>
    public static FilteredNetwork Filtered(this IResolveFieldContext<NetworkAnswer> context, string argument)
    {
        var view = context.Source.View;
        return view.Filtered(NetworkFilter.From(context.GetArgument<NetworkFilterInput?>(argument), view.Places, argument));
    }
}
