using NetworkGraph.Data.Audit;

namespace NetworkGraph.Api.Audit;

/// <summary>
/// The audit log as a root list. A caller who may not read it gets NOT_ALLOWED rather than an empty list: the log
/// is not content, so its existence needs no hiding, and an empty page would wrongly say that nothing happened.
/// </summary>
public sealed class AuditQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        RootFields.AddList<AuditEventType, AuditEvent, AuditEventFilter>(query, "auditEvents",
            "The audit log of changes, newest first unless ordered otherwise; for administrators.",
            (_, db) => db.AuditEvents.AsNoTracking(), new ListReaders(access => access.MayReadAuditLog, "Only administrators may read the audit log."));
}
