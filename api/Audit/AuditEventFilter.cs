using NetworkGraph.Data.Audit;

namespace NetworkGraph.Api.Audit;

public sealed class AuditEventFilter : FilterDeclaration<AuditEvent, FilterScope>
{
    public AuditEventFilter()
    {
        Id(a => a.Id);
        Comparable<DateTime, DateTimeGraphType>(a => a.OccurredAt, "When the change was saved.");
        Text(a => a.Actor, "Who made the change.");
        Text(a => a.Action, "What was done, e.g. \"organisation.update\".");
        Text(a => a.RecordType, "The type of the changed record, e.g. \"Organisation\".");
        Reference("recordId", a => a.RecordId, "The changed record, by its global ID.");
        DefaultOrder = [new Dictionary<string, object?> { ["occurredAt"] = SortDirection.Desc }];
    }
}
