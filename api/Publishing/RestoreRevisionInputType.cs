namespace NetworkGraph.Api.Publishing;

/// <summary>The input of restoring a revision: which revision, and the version of its record the restore is based on.</summary>
public sealed class RestoreRevisionInputType : InputObjectGraphType
{
    public RestoreRevisionInputType()
    {
        Name = "RestoreRevisionInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID of the revision to restore.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The record's version the restore is based on, as read.");
    }
}
