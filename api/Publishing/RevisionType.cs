using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

public sealed class RevisionType : ObjectGraphType<Revision>
{
    public RevisionType()
    {
        Name = RevisionId.TypeName;
        Description = "One save of a curated record: its full content then, who saved it and when.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The revision's global ID, for compareRevisions and restoring it.")
            .Resolve(context => RevisionId.Of(context.Source));
        Field(r => r.Number).Description("1 for the first save, counting up.");
        Field(r => r.Author, nullable: true).Description("Who saved it.");
        Field(r => r.CreatedAt).Description("When it was saved (UTC).");
        Field(r => r.Snapshot).Description("The record's fields as JSON, as they were saved.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionChangeType>>>>("changes")
            .Description("The fields that differ from the previous revision; for the first, every field it was saved with.")
            .Resolve(context =>
            {
                var revision = context.Source;
                return context.Loaders()
                    .One<Guid, Keyed<Guid, Revision>>("previous-revision", revision.Id, (db, _, keys) =>
                        from current in db.Revisions
                        where keys.Contains(current.Id)
                        from previous in db.Revisions
                        where previous.RecordId == current.RecordId && previous.Number == current.Number - 1
                        select new Keyed<Guid, Revision>(current.Id, previous),
                        previous => previous.Key)
                    .Then(previous => RevisionChanges.Between(previous?.Value, revision));
            });
    }
}
