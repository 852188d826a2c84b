using System.Text.Json;
using NetworkGraph.Data.Audit;
using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Audit;

/// <summary>
/// What every save of a curated record writes with it, in the same transaction: a revision with the full
/// snapshot, and an audit event with the fields that changed (before and after).
/// </summary>
public static class AuditTrail
{
    /// <summary>A save: a new revision with the full snapshot, and its audit event. Returns the revision's number.</summary>
    public static async Task<int> AddAsync(NetworkGraphDbContext db, Viewer viewer, string action, string recordType, Guid recordId,
        IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after, CancellationToken cancellationToken)
    {
        var number = ((await LatestAsync(db, recordId, cancellationToken))?.Number ?? 0) + 1;
        db.Revisions.Add(new Revision
        {
            RecordType = recordType, RecordId = recordId, Number = number, Author = viewer.Actor, CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
            Snapshot = JsonSerializer.Serialize(after),
        });
        Audit(db, viewer, action, recordType, recordId, before, after);
        return number;
    }

    /// <summary>A change of state without new content (publish, unpublish): an audit event only.</summary>
    public static void Audit(NetworkGraphDbContext db, Viewer viewer, string action, string recordType, Guid recordId,
        IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = db.Clock.GetUtcNow().UtcDateTime, Actor = viewer.Actor, Action = action, RecordType = recordType, RecordId = recordId,
            Details = JsonSerializer.Serialize(Changes(before, after)),
        });

    public static Task<Revision?> LatestAsync(NetworkGraphDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        db.Revisions.Where(r => r.RecordId == recordId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The fields whose values differ, each with its value before and after.</summary>
    public static Dictionary<string, object?> Changes(IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after) =>
        after.Where(field => before is null || !Equals(JsonSerializer.Serialize(before.GetValueOrDefault(field.Key)), JsonSerializer.Serialize(field.Value)))
            .ToDictionary(field => field.Key, field => (object?)new { before = before?.GetValueOrDefault(field.Key), after = field.Value });
}
