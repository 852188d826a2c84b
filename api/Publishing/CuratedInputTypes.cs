namespace NetworkGraph.Api.Publishing;

public sealed class CreateInputType<T, TInput> : InputObjectGraphType where T : CuratedEntity, ISlugged where TInput : ICuratedInput<T>
{
    public CreateInputType()
    {
        Name = $"Create{TInput.RecordType}Input";
        TInput.AddFields(this, create: true);
        SharedInput.AddSharedFields(this, TInput.Noun);
    }
}

public sealed class UpdateInputType<T, TInput> : InputObjectGraphType where T : CuratedEntity, ISlugged where TInput : ICuratedInput<T>
{
    public UpdateInputType()
    {
        Name = $"Update{TInput.RecordType}Input";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        TInput.AddFields(this, create: false);
        SharedInput.AddSharedFields(this, TInput.Noun);
    }
}
