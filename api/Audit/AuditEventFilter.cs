using NetworkGraph.Data.Audit;

namespace NetworkGraph.Api.Audit;

public sealed class AuditEventFilter : FilterDeclaration<AuditEvent, FilterScope>
{
    public AuditEventFilter()
    {
        Id(a => a.Id);
        Comparable<DateTime, DateTimeGraphType>("occurredAt", a => a.OccurredAt, "When the change was saved.");
        Text("actor", a => a.Actor, "Who made the change.");
        Text("action", a => a.Action, "What was done, e.g. \"organisation.update\".");
        Text("recordType", a => a.RecordType, "The type of the changed record, e.g. \"Organisation\".");
        Reference("recordId", a => a.RecordId, "The changed record, by its global ID.");
        DefaultOrder = [new Dictionary<string, object?> { ["occurredAt"] = SortDirection.Desc }];
    }
}
