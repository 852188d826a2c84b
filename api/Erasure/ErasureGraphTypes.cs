namespace NetworkGraph.Api.Erasure;

public sealed class ErasurePayloadType : ObjectGraphType<ErasurePayload>
{
    public ErasurePayloadType()
    {
        Name = "EraseDefenderPayload";
        Field<IdGraphType>("erasedId").Description("The ID the defender had; null when nothing was erased.").Resolve(context => context.Source.ErasedId);
        this.AddErrors(payload => payload.Errors);
    }
}

public sealed class EraseDefenderInputType : RecordInputGraphType<EraseDefenderInput>
{
    public EraseDefenderInputType() : base(nameof(EraseDefenderInput))
    {
        Field(x => x.Id, "The defender to erase.", graphType: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ConfirmAlias, "The defender's alias, exactly, to confirm whom the erasure is for.", required: true);
    }
}
