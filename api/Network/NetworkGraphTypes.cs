using GraphQL.DataLoader;
using NetworkGraph.GraphQL.Projection;

namespace NetworkGraph.Api.Network;

/// <summary><c>TieKind</c>: the kinds of tie, one value per declaration in <see cref="Ties"/>.</summary>
public sealed class TieKindType : EnumerationGraphType
{
    public TieKindType()
    {
        Name = "TieKind";
        Description = "A kind of tie between records.";
        foreach (var tie in Ties.All) Add(tie.EdgeType.Name.ToConstantCase(), tie, tie.Description);
    }
}

/// <summary>A tie as the network holds it: its kind, role and dates, and the edge record itself.</summary>
public sealed class NetworkTieType : ObjectGraphType<NetworkTie>
{
    public NetworkTieType()
    {
        Name = "NetworkTie";
        Description = "A tie of the network: its kind, role and dates, and the edge record (a Membership, a Partnership …).";
        Field<NonNullGraphType<TieKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<StringGraphType>("role").Description("The edge's role or kind, as its own type names it (\"LEAD\", \"FUNDER\").")
            .Resolve(context => context.Source.Role);
        Field<DateOnlyGraphType>("since").Resolve(context => context.Source.Since);
        Field<DateOnlyGraphType>("until").Resolve(context => context.Source.Until);
        Field<NonNullGraphType<NodeInterface>>("edge").Description("The edge record, with all its fields.")
            .Resolve(context => NetworkNodes.Load(context, context.Source.Kind.EdgeType, context.Source.Id));
    }
}

/// <summary>A path between two records: the records in order and the ties between them.</summary>
public sealed class NetworkPathType : ObjectGraphType<NetworkPath>
{
    public NetworkPathType()
    {
        Name = "NetworkPath";
        Description = "A way from one record to another through ties the caller may see: coalitions and events are records on the way.";
        Field<NonNullGraphType<IntGraphType>>("hops").Description("How many ties the path takes.").Resolve(context => context.Source.Ties.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The records in order, from the first to the last.")
            .Resolve(context => NetworkNodes.Load(context, context.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkTieType>>>>("ties").Description("The ties in order: the i-th joins the i-th and the next record.")
            .Resolve(context => context.Source.Ties);
    }
}

/// <summary>The records near one record, and the ties among them.</summary>
public sealed class NeighbourhoodType : ObjectGraphType<NetworkNeighbourhood>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "The records within some ties of one record (it first, then by distance), and the ties among them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(context => NetworkNodes.Load(context, context.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkTieType>>>>("ties").Resolve(context => context.Source.Ties);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("Whether more records lay within reach than 'first' let in.")
            .Resolve(context => context.Source.Truncated);
    }
}

public sealed record NetworkPath(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkTie> Ties);

public sealed record NetworkNeighbourhood(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkTie> Ties, bool Truncated);

/// <summary>Records of the network as the schema's nodes, loaded by the node sources of their types (through the access rules once more).</summary>
public static class NetworkNodes
{
    public static IDataLoaderResult<object?> Load(IResolveFieldContext context, Type recordType, Guid id) =>
        context.RequestServices!.GetRequiredService<NodeSources>().For(recordType.Name)!.Load(context, id.ToString("N"));

    /// <summary>
    /// The records, in order. When only their ids and types are asked for, the network's own copies answer (they hold
    /// both, and the caller's view holds them); otherwise each is loaded whole.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<object?>> Load(IResolveFieldContext context, IEnumerable<NetworkNode> nodes) =>
        context.AsksOnlyIdentity()
            ? DataLoaderResultExtensions.Loaded<IReadOnlyList<object?>>([.. nodes.Select(node => (object?)node.Record)])
            : nodes.Select(node => Load(context, node.Record.GetType(), node.Id)).ToList().Together();
}
