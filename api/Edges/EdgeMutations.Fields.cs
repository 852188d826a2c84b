using System.Reflection;
using System.Globalization;
using System.Linq.Expressions;
using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>How edge input is read, checked and recorded.</summary>
public abstract partial class EdgeMutations<TType, T, TInput>
{
    private static readonly Tie<T> Tie = Ties.Of<T>();

    /// <summary>The columns that tell two current edges apart: their ends, and the role where it makes them two ties.</summary>
    private static readonly IReadOnlyList<PropertyInfo> Distinguishing =
        [.. Tie.Groups.SelectMany(group => group).Select(end => end.KeyProperty), .. Tie.Role is { Distinguishes: true } role ? [role.PropertyInfo] : Array.Empty<PropertyInfo>()];

    /// <summary>Sets one end of each group from its global ID: it must name an existing, unarchived record, and no record twice.</summary>
    private static async Task SetEndsAsync(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, InputChecks checks, CancellationToken cancellationToken)
    {
        var joined = new Dictionary<Guid, string>();
        foreach (var group in Tie.Groups)
        {
            var given = group.Where(end => input.TryGetValue(end.Name, out var id) && id is not null).ToList();
            if (given.Count != 1)
            {
                checks.Fail(group[0].Name, $"Give exactly one of {string.Join(", ", group.Select(end => $"'{end.Name}'"))}.");
                continue;
            }
            var end = given[0];
            var nodeType = end.NodeType.Name;
            if (!GlobalId.TryDecodeGuid(input[end.Name] as string, nodeType, out var id))
                checks.Fail(end.Name, $"'{end.Name}' is not a {nodeType} ID.");
            else if (!await end.Records(db).AnyAsync(record => record.Id == id && record.Status != ContentStatus.Archived, cancellationToken))
                checks.Fail(end.Name, $"No {nodeType} has the ID given as '{end.Name}', or it is archived.");
            else if (!joined.TryAdd(id, end.Name))
                checks.Fail(end.Name, $"'{end.Name}' is the same record as '{joined[id]}': a {Noun} joins two different records.");
            else end.KeyProperty.SetValue(edge, id);
        }
    }

    /// <summary>The fields every edge has, then those of its kind.</summary>
    private static void ApplyFields(T edge, IDictionary<string, object?> input, InputChecks checks)
    {
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "since":
                    edge.Since = value as DateOnly?;
                    break;
                case "until":
                    edge.Until = value as DateOnly?;
                    break;
                case "visibility" when value is Visibility visibility:
                    edge.Visibility = visibility;
                    break;
                case "visibility":
                    checks.Fail(field, $"'{field}' cannot be null.");
                    break;
                case "sourceNote":
                    checks.Text(field, value as string, 2000, required: false);
                    edge.SourceNote = value as string;
                    break;
            }
        }
        if (edge.Until < edge.Since) checks.Fail("until", "'until' must not be before 'since'.");
        TInput.Apply(edge, input, checks);
    }

    /// <summary>
    /// Whether another edge of the same ends (and distinguishing columns) is current, that is, has not ended before today.
    /// A tie that ended may be recorded again; a current one is updated, never doubled.
    /// </summary>
    private static async Task<bool> CurrentTwinExistsAsync(NetworkGraphDbContext db, T edge, CancellationToken cancellationToken)
    {
        var today = Today(db);
        if (edge.Until < today) return false;
        var row = Expression.Parameter(typeof(T), "edge");
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
        return await db.Set<T>().AnyAsync(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(twin, current), row), cancellationToken);
    }

    /// <summary>The edge as the audit log records it: its ends, its own fields and those every edge has.</summary>
    private static Dictionary<string, object?> Snapshot(T edge)
    {
        var snapshot = Tie.Groups.SelectMany(group => group)
            .ToDictionary(end => end.Name, end => end.KeyOf(edge) is { } id ? (object?)GlobalId.Encode(end.NodeType.Name, id.ToString("N")) : null);
        foreach (var (field, value) in TInput.Snapshot(edge)) snapshot[field] = value;
        snapshot["since"] = edge.Since?.ToString("O", CultureInfo.InvariantCulture);
        snapshot["until"] = edge.Until?.ToString("O", CultureInfo.InvariantCulture);
        snapshot["visibility"] = edge.Visibility.ToString();
        snapshot["sourceNote"] = edge.SourceNote;
        return snapshot;
    }
}
