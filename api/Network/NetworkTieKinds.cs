using System.Linq.Expressions;

namespace NetworkGraph.Api.Network;

/// <summary>One kind of tie as the engine loads it and asks the access rules about it.</summary>
public interface INetworkTieKind
{
    ITie Tie { get; }

    /// <summary>The ties of the kind (all, or those of the given ids), whoever may see them.</summary>
    Task<List<NetworkTie>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken);

    /// <summary>The ids of the ties of this kind whose own audience admits the caller (their ends are checked apart).</summary>
    IEnumerable<Guid> Admitted(AccessRules access, IEnumerable<NetworkTie> ties);
}

/// <summary>Every kind of tie, from its declaration in <see cref="Ties"/>.</summary>
public static class NetworkTieKinds
{
    public static readonly IReadOnlyList<INetworkTieKind> All =
        [.. Ties.All.Select(tie => (INetworkTieKind)Activator.CreateInstance(typeof(NetworkTieKind<>).MakeGenericType(tie.EdgeType))!)];
}

/// <summary>How the ties of one kind are loaded: their ends, role, dates and audience, nothing more.</summary>
public sealed class NetworkTieKind<TEdge> : INetworkTieKind where TEdge : EdgeEntity, new()
{
    private static readonly Tie<TEdge> Declaration = Ties.Of<TEdge>();

    public ITie Tie => Declaration;

    public async Task<List<NetworkTie>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var edges = only is null ? db.Set<TEdge>() : db.Set<TEdge>().Where(e => only.Contains(e.Id));
        var rows = await edges.Select(Projection()).ToListAsync(cancellationToken);
        return [.. rows.Select(edge => new NetworkTie(Declaration, edge, EndOf(edge, 0), EndOf(edge, 1)))];
    }

    public IEnumerable<Guid> Admitted(AccessRules access, IEnumerable<NetworkTie> ties) =>
        access.Admitted(ties.Select(tie => tie.Edge).OfType<TEdge>().AsQueryable()).Select(edge => edge.Id);

    /// <summary>The record at the edge's end in the group (the end of the group that the edge has).</summary>
    private static Guid EndOf(TEdge edge, int group) => Declaration.Groups[group].Select(end => end.KeyOf(edge)).First(key => key is not null)!.Value;

    /// <summary><c>new TEdge { Id = e.Id, Visibility = e.Visibility, Since …, the end columns, the role }</c>.</summary>
    private static Expression<Func<TEdge, TEdge>> Projection()
    {
        var edge = Expression.Parameter(typeof(TEdge), "edge");
        var properties = new[] { typeof(TEdge).GetProperty(nameof(Entity.Id))!, typeof(TEdge).GetProperty(nameof(EdgeEntity.Visibility))!,
                typeof(TEdge).GetProperty(nameof(EdgeEntity.Since))!, typeof(TEdge).GetProperty(nameof(EdgeEntity.Until))! }
            .Concat(Declaration.Groups.SelectMany(group => group).Select(end => end.KeyProperty))
            .Concat(Declaration.Role is { } role ? [role.PropertyInfo] : []);
        return Expression.Lambda<Func<TEdge, TEdge>>(Expression.MemberInit(Expression.New(typeof(TEdge)),
            properties.Select(property => Expression.Bind(property, Expression.Property(edge, property)))), edge);
    }
}
