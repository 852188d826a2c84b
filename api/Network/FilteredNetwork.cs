using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network;

/// <summary>
/// The part of a view a <see cref="NetworkFilter"/> keeps, as a graph of its own: node <c>i</c> of <see cref="Graph"/> is
/// the view's node <see cref="ViewNode"/>(i). Analyses run here, never on more than the caller may see. Immutable, like
/// the view; what is computed on it once (communities, betweenness) is remembered with it.
/// </summary>
public sealed class FilteredNetwork
{
    private readonly Subgraph? subgraph;

    /// <summary>At most 16 results are remembered; more are computed each time they are asked for.</summary>
    private readonly Memo<object, object> remembered = new(capacity: 16);

    public FilteredNetwork(NetworkView view, NetworkFilter? filter)
    {
        View = view;
        Filter = filter;
        if (filter is null) Graph = view.Graph;
        else
        {
            subgraph = Subgraph.Induced(view.Graph, node => filter.Keeps(view, node));
            Graph = subgraph.Graph;
        }
    }

    public NetworkView View { get; }

    public NetworkFilter? Filter { get; }

    public Graph Graph { get; }

    /// <summary>The view's node for a node of this graph.</summary>
    public int ViewNode(int node) => subgraph is null ? node : subgraph.OriginalNode[node];

    public NetworkNode Node(int node) => View.Nodes[ViewNode(node)];

    /// <inheritdoc cref="NetworkView.CountriesOf"/>
    public IReadOnlyList<string> CountriesOf(int node) => View.CountriesOf(ViewNode(node));

    /// <inheritdoc cref="NetworkView.InstitutionsOf"/>
    public IEnumerable<string> InstitutionsOf(int node) => View.InstitutionsOf(ViewNode(node));

    public NetworkTie Tie(int edge) => View.Ties[subgraph is null ? edge : subgraph.OriginalEdge[edge]];

    /// <summary>The node of a record in this graph; false when the filter leaves it out, the caller may not see it, or it does not exist.</summary>
    public bool TryNodeOf(Guid id, out int node)
    {
        node = -1;
        if (!View.TryIndexOf(id, out var viewNode)) return false;
        node = subgraph is null ? viewNode : subgraph.NodeInSubgraph[viewNode];
        return node >= 0;
    }

    /// <summary>
    /// What <paramref name="compute"/> gives for <paramref name="key"/>, computed once for this network (by the first
    /// caller to ask; others wait for it) while there is room. Cancelling stops the computation (see <see cref="Memo{TKey, TValue}"/>).
    /// </summary>
    public T Remember<T>(object key, Func<CancellationToken, T> compute, CancellationToken cancellationToken) where T : class =>
        (T)remembered.Get(key, compute, cancellationToken);
}
