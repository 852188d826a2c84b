using System.Collections.Concurrent;
using System.Text.Json;
using NetworkGraph.Data.Audit;

namespace NetworkGraph.Api.Access;

/// <summary>
/// The restricted fields a request read (a defender's legal name or contact), written to the audit log — one event per
/// record — before the response leaves: a read that cannot be audited is not answered.
/// </summary>
public sealed class RestrictedReads(IDbContextFactory<NetworkGraphDbContext> contexts, CurrentViewer current)
{
    private readonly ConcurrentQueue<(string RecordType, Guid RecordId, string Field)> reads = new();

    public void Add(string recordType, Guid recordId, string field) => reads.Enqueue((recordType, recordId, field));

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (reads.IsEmpty) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var record in reads.GroupBy(read => (read.RecordType, read.RecordId)))
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = now, Actor = current.Viewer.Actor, Action = $"{Naming.LowerCamel(record.Key.RecordType)}.read",
                RecordType = record.Key.RecordType, RecordId = record.Key.RecordId,
                Details = JsonSerializer.Serialize(record.Select(read => read.Field).Distinct().Order().ToDictionary(field => field, _ => new { })),
            });
        await db.SaveChangesAsync(cancellationToken);
        reads.Clear();
    }
}
