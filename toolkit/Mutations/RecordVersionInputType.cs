using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>The input of a change of state (publish, unpublish, archive): which record, and which version of it.</summary>
public sealed class RecordVersionInputType : InputObjectGraphType
{
    public RecordVersionInputType()
    {
        Name = "RecordVersionInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's global ID.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
    }
}
