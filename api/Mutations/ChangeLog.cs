using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Access;
using NetworkGraph.Data;
using NetworkGraph.Data.Audit;
using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// What every save of a curated record writes with it, in the same transaction: a revision with the full
/// snapshot, and an audit event with the fields that changed (before and after).
/// </summary>
public static class ChangeLog
{
    public static async Task AddAsync(NetworkGraphDbContext db, Viewer viewer, string action, string recordType, Guid recordId,
        IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after, CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var number = 1 + (await db.Revisions.Where(r => r.RecordId == recordId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0);
        db.Revisions.Add(new Revision
        {
            RecordType = recordType, RecordId = recordId, Number = number, Author = viewer.Actor, CreatedAt = now,
            Snapshot = JsonSerializer.Serialize(after),
        });
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = now, Actor = viewer.Actor, Action = action, RecordType = recordType, RecordId = recordId,
            Details = JsonSerializer.Serialize(Changes(before, after)),
        });
    }

    /// <summary>The fields whose values differ, each with its value before and after.</summary>
    public static Dictionary<string, object?> Changes(IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after) =>
        after.Where(field => before is null || !Equals(JsonSerializer.Serialize(before.GetValueOrDefault(field.Key)), JsonSerializer.Serialize(field.Value)))
            .ToDictionary(field => field.Key, field => (object?)new { before = before?.GetValueOrDefault(field.Key), after = field.Value });
}
