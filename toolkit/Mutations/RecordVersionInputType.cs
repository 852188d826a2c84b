using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>The input of a change of state (publish, unpublish, archive): which record, and which version of it.</summary>
public sealed class RecordVersionInputType : RecordInputGraphType<RecordVersion>
{
    public RecordVersionInputType() : base("RecordVersionInput") => this.AddRecordVersion("The record's global ID.");
}

public static class RecordVersionFields
{
    /// <summary>The <c>id</c> and <c>expectedVersion</c> fields of a change's input.</summary>
    public static void AddRecordVersion<TRecord>(this RecordInputGraphType<TRecord> type, string? idDescription = null,
        string expectedVersionDescription = "The version the change is based on, as read.")
        where TRecord : RecordVersion, new()
    {
        type.Field(r => r.Id, idDescription, required: true, graphType: typeof(IdGraphType));
        type.Field(r => r.ExpectedVersion, expectedVersionDescription, required: true);
    }
}
