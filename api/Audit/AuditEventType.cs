using NetworkGraph.Data.Audit;

namespace NetworkGraph.Api.Audit;

public sealed class AuditEventType : ObjectGraphType<AuditEvent>
{
    public AuditEventType()
    {
        Name = nameof(AuditEvent);
        Description = "An append-only record of a change: who made it, when, to which record, and each field before and after.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The event's global ID.")
            .Resolve(context => GlobalId.Encode(nameof(AuditEvent), context.Source.Id.ToString("N")));
        Field(a => a.OccurredAt).Description("When the change was saved (UTC).");
        Field(a => a.Actor).Description("Who made the change: the API key, by prefix and name.");
        Field(a => a.Action).Description("What was done, e.g. \"organisation.update\".");
        Field(a => a.RecordType, nullable: true).Description("The type of the changed record, e.g. \"Organisation\".");
        Field<IdGraphType>("recordId")
            .Description("The changed record's global ID, which `node` resolves while the record exists.")
            .Reads(nameof(AuditEvent.RecordType), nameof(AuditEvent.RecordId))
            .Resolve(context => context.Source is { RecordType: { } type, RecordId: { } id } ? GlobalId.Encode(type, id.ToString("N")) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes")
            .Description("The fields that changed, each before and after; on create, every field the record was created with.")
            .Reads(nameof(AuditEvent.Details))
            .Resolve(context => AuditChange.Parse(context.Source.Details));
    }
}
