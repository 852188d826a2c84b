using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace NetworkGraph.Api.Edges;

/// <summary>How edge input is checked and applied, and how an edge is recorded.</summary>
public sealed partial class TieCuration<TEdge>
{
    /// <summary>The columns that tell two current edges apart: their ends, and the role where it makes them two ties.</summary>
    private static readonly IReadOnlyList<PropertyInfo> Distinguishing =
    [
        .. Tie.Groups.SelectMany(group => group).Select(end => end.KeyProperty),
        .. Tie.Role is { Distinguishes: true } role ? [role.PropertyInfo] : Array.Empty<PropertyInfo>(),
    ];

    /// <summary>Sets one end of each group from its global ID: it must name an existing, unarchived record, and no record twice.</summary>
    private static async Task SetEndsAsync(NetworkGraphDbContext db, TEdge edge, EdgeInput input, InputChecks checks, CancellationToken cancellationToken)
    {
        var joined = new Dictionary<Guid, string>();
        foreach (var group in Tie.Groups)
        {
            var given = group.Where(input.Ends.ContainsKey).ToList();
            if (given.Count != 1)
            {
                checks.Fail(group[0].Name, $"Give exactly one of {string.Join(", ", group.Select(end => $"'{end.Name}'"))}.");
                continue;
            }
            var end = given[0];
            var nodeType = end.NodeType.Name;
            if (!GlobalId.TryDecodeGuid(input.Ends[end], nodeType, out var id))
                checks.Fail(end.Name, $"'{end.Name}' is not a {nodeType} ID.");
            else if (!await end.Records(db).AnyAsync(record => record.Id == id && record.Status != ContentStatus.Archived, cancellationToken))
                checks.Fail(end.Name, $"No {nodeType} has the ID given as '{end.Name}', or it is archived.");
            else if (!joined.TryAdd(id, end.Name))
                checks.Fail(end.Name, $"'{end.Name}' is the same record as '{joined[id]}': a {Noun} joins two different records.");
            else end.KeyProperty.SetValue(edge, id);
        }
    }

    /// <summary>The fields every edge has, then its role or kind.</summary>
    private static void ApplyFields(NetworkGraphDbContext db, TEdge edge, EdgeInput input, InputChecks checks)
    {
        if (input.Since.IsGiven) edge.Since = input.Since.Value;
        if (input.Until.IsGiven) edge.Until = input.Until.Value;
        if (input.Visibility.IsGiven)
        {
            if (input.Visibility.Value is { } visibility) edge.Visibility = visibility;
            else checks.Fail(input.Visibility.Field, $"'{input.Visibility.Field}' cannot be null.");
        }
        if (input.SourceNote.IsGiven) edge.SourceNote = checks.Text(input.SourceNote.Field, input.SourceNote.Value, 2000, required: false);
        if (edge.Until < edge.Since) checks.Fail(input.Until.Field, $"'{input.Until.Field}' must not be before '{input.Since.Field}'.");
        if (Tie.Role is { } role && input.Role.IsGiven) ApplyRole(db, edge, role, input.Role, checks);
    }

    /// <summary>An enum role may be left out but not set to null; a text role is as long as its column allows.</summary>
    private static void ApplyRole(NetworkGraphDbContext db, TEdge edge, TieRole role, Optional<object?> given, InputChecks checks)
    {
        var property = role.PropertyInfo;
        if (property.PropertyType.IsEnum)
        {
            if (given.Value is null) checks.Fail(given.Field, $"'{given.Field}' cannot be null.");
            else property.SetValue(edge, given.Value);
            return;
        }
        var maxLength = db.Model.FindEntityType(typeof(TEdge))!.FindProperty(property.Name)!.GetMaxLength() ?? int.MaxValue;
        property.SetValue(edge, checks.Text(given.Field, given.Value, maxLength, required: false));
    }

    /// <summary>
    /// Whether another edge of the same ends (and distinguishing columns) is current, that is, has not ended before today.
    /// A tie that ended may be recorded again; a current one is updated, never doubled.
    /// </summary>
    private static async Task<bool> CurrentTwinExistsAsync(NetworkGraphDbContext db, TEdge edge, CancellationToken cancellationToken)
    {
        var today = Today(db);
        if (edge.Until < today) return false;
        var row = Expression.Parameter(typeof(TEdge), "edge");
        Expression twin = Expression.NotEqual(Expression.Property(row, nameof(Entity.Id)), Expression.Constant(edge.Id));
        foreach (var property in Distinguishing)
        {
            var column = Expression.Property(row, property);
            twin = Expression.AndAlso(twin, Expression.Equal(column, Expression.Constant(property.GetValue(edge), column.Type)));
        }
        var until = Expression.Property(row, nameof(EdgeEntity.Until));
        var current = Expression.OrElse(
            Expression.Equal(until, Expression.Constant(null, typeof(DateOnly?))),
            Expression.GreaterThanOrEqual(until, Expression.Constant(today, typeof(DateOnly?))));
        return await db.Set<TEdge>().AnyAsync(Expression.Lambda<Func<TEdge, bool>>(Expression.AndAlso(twin, current), row), cancellationToken);
    }

    /// <summary>The edge as the audit log records it: its ends, its role and the fields every edge has.</summary>
    private static Dictionary<string, object?> Snapshot(TEdge edge)
    {
        var snapshot = Tie.Groups.SelectMany(group => group)
            .ToDictionary(end => end.Name, end => end.KeyOf(edge) is { } id ? (object?)GlobalId.Encode(end.NodeType.Name, id.ToString("N")) : null);
        if (Tie.Role is { } role) snapshot[Naming.LowerCamel(role.PropertyInfo.Name)] = role.PropertyInfo.GetValue(edge) is Enum value ? value.ToString() : role.PropertyInfo.GetValue(edge);
        snapshot[Field(nameof(EdgeInput.Since))] = edge.Since?.ToString("O", CultureInfo.InvariantCulture);
        snapshot[Field(nameof(EdgeInput.Until))] = edge.Until?.ToString("O", CultureInfo.InvariantCulture);
        snapshot[Field(nameof(EdgeInput.Visibility))] = edge.Visibility.ToString();
        snapshot[Field(nameof(EdgeInput.SourceNote))] = edge.SourceNote;
        return snapshot;
    }

    private static string Field(string property) => Naming.LowerCamel(property);
}
