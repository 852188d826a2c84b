namespace NetworkGraph.Api.Changes;

/// <summary>An event as subscribers receive it: what happened, to which record or tie, and that record as the subscriber may see it now.</summary>
public sealed class ChangeEventGraphType : ObjectGraphType<ChangeEvent>
{
    public ChangeEventGraphType()
    {
        Name = "ChangeEvent";
        Description = "Something that changed, as the change log recorded it once it committed.";
        Field(e => e.Type).Description($"What happened: {string.Join(", ", ChangeEventTypes.All.Select(type => $"`{type}`"))}.");
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The change's place in the log, which grows with every change.")
            .Resolve(context => context.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(e => e.OccurredAt).Description("When the change was made.");
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID of the proposal, record or tie that changed.")
            .Resolve(context => GlobalId.Encode(context.Source.RecordType, context.Source.RecordId.ToString("N")));
        Field<NodeInterface>("node").Description("What changed, as the subscriber may see it now; null once it is removed or out of the subscriber's sight.")
            .Resolve(context => context.RequestServices!.GetRequiredService<NodeSources>().For(context.Source.RecordType)?.Load(context, context.Source.RecordId.ToString("N")));
    }
}
