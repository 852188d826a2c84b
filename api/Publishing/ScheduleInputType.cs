namespace NetworkGraph.Api.Publishing;

public sealed class ScheduleInputType : InputObjectGraphType
{
    public ScheduleInputType()
    {
        Name = "ScheduleInput";
        Description = "When the scheduler publishes and unpublishes a record; a missing or null time clears it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's global ID.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        Field<DateTimeGraphType>("publishAt").Description("When to publish (ISO 8601, UTC unless an offset is given).");
        Field<DateTimeGraphType>("unpublishAt").Description("When to take it back to draft.");
    }
}
