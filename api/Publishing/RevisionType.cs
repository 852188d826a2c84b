using GraphQL.Types;
using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

public sealed class RevisionType : ObjectGraphType<Revision>
{
    public RevisionType()
    {
        Name = "Revision";
        Description = "One save of a curated record: its full content then, who saved it and when.";
        Field(r => r.Number).Description("1 for the first save, counting up.");
        Field(r => r.Author, nullable: true).Description("Who saved it.");
        Field(r => r.CreatedAt).Description("When it was saved (UTC).");
        Field(r => r.Snapshot).Description("The record's fields as JSON, as they were saved.");
    }
}
