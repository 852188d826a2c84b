using System.Data.Common;
using System.Linq.Expressions;

namespace NetworkGraph.Api.Network;

/// <summary>One kind of tie as the engine loads it and asks the access rules about it.</summary>
public interface INetworkTieKind
{
    ITie Tie { get; }

    /// <summary>The ties of the kind (all, or those of the given ids), whoever may see them.</summary>
    Task<List<NetworkTie>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken);

    /// <summary>The visibilities of the ties of this kind whose own audience admits the caller (their ends are checked apart).</summary>
    IReadOnlySet<Visibility> Admitted(AccessRules access);
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
    private static readonly Expression<Func<TEdge, TieRow>> Row = RowOf();

    /// <summary>The role of an enum type as the schema names its values ("LEAD"), each name made once.</summary>
    private static readonly Dictionary<object, string> RoleNames = Declaration.Role?.PropertyInfo.PropertyType is { IsEnum: true } roleType
        ? Enum.GetValues(roleType).Cast<object>().ToDictionary(role => role, role => role.ToString()!.ToConstantCase())
        : [];

    public ITie Tie => Declaration;

    public async Task<List<NetworkTie>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var edges = only is null ? db.Set<TEdge>() : db.Set<TEdge>().Where(e => only.Contains(e.Id));
        var role = Declaration.Role is { } declared ? DirectRows.Distinct<TEdge, string>(db, declared.PropertyInfo.Name, RoleText) : null;
        var visibility = DirectRows.Distinct<TEdge, Visibility>(db, nameof(EdgeEntity.Visibility), value => (Visibility)value);
        return await edges.Select(Row).ReadAsync(db, reader => new NetworkTie(reader.GetGuid(0), Declaration, reader.GetGuid(1), reader.GetGuid(2),
            role is null || reader.IsDBNull(3) ? null : role(reader.GetValue(3)), DateOrNull(reader, 4), DateOrNull(reader, 5),
            visibility(reader.GetValue(6))), cancellationToken);
    }

    private static DateOnly? DateOrNull(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    /// <summary>The rule reads an edge's own audience alone (its ends are the view's to check), so one edge of each visibility stands for all.</summary>
    public IReadOnlySet<Visibility> Admitted(AccessRules access) =>
        access.Admitted(Enum.GetValues<Visibility>().Select(visibility => new TEdge { Visibility = visibility }).AsQueryable())
            .Select(edge => edge.Visibility).ToHashSet();

    /// <summary>The columns read, in order: <c>edge => (edge.Id, the end of each group, role, edge.Since, edge.Until, edge.Visibility)</c>.</summary>
    private static Expression<Func<TEdge, TieRow>> RowOf()
    {
        var edge = Expression.Parameter(typeof(TEdge), "edge");
        Expression Column(string name) => Expression.Property(edge, name);
        Expression Role() => Declaration.Role is { } role
            ? Expression.Convert(Expression.Property(edge, role.PropertyInfo), typeof(object))
            : Expression.Constant(null, typeof(object));
        // The end of a group is the first of its key columns that holds an id: each edge has exactly one.
        Expression End(int group) => Expression.Coalesce(
            Declaration.Groups[group].Select(end => (Expression)Expression.Convert(Expression.Property(edge, end.KeyProperty), typeof(Guid?))).Aggregate(Expression.Coalesce),
            Expression.Constant(Guid.Empty));
        return Expression.Lambda<Func<TEdge, TieRow>>(Expression.New(typeof(TieRow).GetConstructors()[0],
            Column(nameof(Entity.Id)), End(0), End(1), Role(), Column(nameof(EdgeEntity.Since)), Column(nameof(EdgeEntity.Until)), Column(nameof(EdgeEntity.Visibility))), edge);
    }

    private static string RoleText(object role) => RoleNames.GetValueOrDefault(role) ?? role.ToString()!;

    /// <summary>The shape of the query whose SQL is read: its columns in this order.</summary>
    private sealed record TieRow(Guid Id, Guid From, Guid To, object? Role, DateOnly? Since, DateOnly? Until, Visibility Visibility);
}
