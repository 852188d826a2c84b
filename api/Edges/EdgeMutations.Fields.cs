using System.Globalization;
using System.Linq.Expressions;
using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>How edge input is read, checked and recorded.</summary>
public abstract partial class EdgeMutations<TType, T, TInput>
{
    private static readonly IReadOnlyList<string> EndProperties = TInput.Ends.SelectMany(group => group).Select(end => end.Property).ToList();

    /// <summary>Sets one end of each group from its global ID: it must name an existing, unarchived record, and no record twice.</summary>
    private static async Task SetEndsAsync(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, InputChecks checks, CancellationToken cancellationToken)
    {
        var joined = new Dictionary<Guid, string>();
        foreach (var group in TInput.Ends)
        {
            var given = group.Where(end => input.TryGetValue(end.Field, out var id) && id is not null).ToList();
            if (given.Count != 1)
            {
                checks.Fail(group[0].Field, $"Give exactly one of {string.Join(", ", group.Select(end => $"'{end.Field}'"))}.");
                continue;
            }
            var end = given[0];
            if (!GlobalId.TryDecodeGuid(input[end.Field] as string, end.NodeType, out var id))
                checks.Fail(end.Field, $"'{end.Field}' is not a {end.NodeType} ID.");
            else if (!await end.ExistsAsync(db, id, cancellationToken))
                checks.Fail(end.Field, $"No {end.NodeType} has the ID given as '{end.Field}', or it is archived.");
            else if (!joined.TryAdd(id, end.Field))
                checks.Fail(end.Field, $"'{end.Field}' is the same record as '{joined[id]}': a {Noun} joins two different records.");
            else typeof(T).GetProperty(end.Property)!.SetValue(edge, id);
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
        foreach (var property in EndProperties.Concat(TInput.Distinguishing))
        {
            var column = Expression.Property(row, property);
            twin = Expression.AndAlso(twin, Expression.Equal(column, Expression.Constant(typeof(T).GetProperty(property)!.GetValue(edge), column.Type)));
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
        var snapshot = TInput.Ends.SelectMany(group => group)
            .ToDictionary(end => end.Field, end => typeof(T).GetProperty(end.Property)!.GetValue(edge) is Guid id ? (object?)GlobalId.Encode(end.NodeType, id.ToString("N")) : null);
        foreach (var (field, value) in TInput.Snapshot(edge)) snapshot[field] = value;
        snapshot["since"] = edge.Since?.ToString("O", CultureInfo.InvariantCulture);
        snapshot["until"] = edge.Until?.ToString("O", CultureInfo.InvariantCulture);
        snapshot["visibility"] = edge.Visibility.ToString();
        snapshot["sourceNote"] = edge.SourceNote;
        return snapshot;
    }
}
