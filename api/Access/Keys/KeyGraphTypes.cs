namespace NetworkGraph.Api.Access.Keys;

public sealed class CreatedApiKeyPayloadType : ObjectGraphType<CreatedKeyPayload>
{
    public CreatedApiKeyPayloadType()
    {
        Name = "CreatedApiKeyPayload";
        Description = "A new API key and its secret, shown this once; null when none was made.";
        Field<ApiKeyType>("apiKey").Resolve(context => context.Source.Key);
        Field<StringGraphType>("plainKey").Description("The key to send as 'Authorization: Bearer …'. Only its hash is stored.")
            .Resolve(context => context.Source.PlainKey);
        this.AddErrors(payload => payload.Errors);
    }
}

public sealed class CreateApiKeyInputType : RecordInputGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType() : base(nameof(CreateApiKeyInput))
    {
        Field(x => x.Role, "Partner, curator or admin.", required: true);
        Field(x => x.Name, "Who holds the key, as the audit log names it.", required: true);
        Field(x => x.Organisation, "The organisation a partner key acts for; only for partner keys.", graphType: typeof(IdGraphType));
        Field(x => x.ExpiresAt, "When the key stops working; never unless given.");
    }
}

public sealed class RotateApiKeyInputType : RecordInputGraphType<RotateApiKeyInput>
{
    public RotateApiKeyInputType() : base(nameof(RotateApiKeyInput))
    {
        Field(x => x.Id, "The key to replace.", graphType: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpiresAt, "When the new key stops working; the old key's expiry unless given.");
    }
}

public sealed class RevokeApiKeyInputType : RecordInputGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType() : base(nameof(RevokeApiKeyInput))
    {
        Field(x => x.Id, "The key to revoke.", graphType: typeof(NonNullGraphType<IdGraphType>));
    }
}
