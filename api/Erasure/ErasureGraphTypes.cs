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
        Field(x => x.Id, typeof(NonNullGraphType<IdGraphType>), "The defender to erase.");
        Field(x => x.ConfirmAlias, typeof(NonNullGraphType<StringGraphType>), "The defender's alias, exactly, to confirm whom the erasure is for.");
    }
}
