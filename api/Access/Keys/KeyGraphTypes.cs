using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>A key just made, with its secret, or why none was made.</summary>
public sealed record CreatedKeyPayload(ApiKey? Key, string? PlainKey, IReadOnlyList<MutationError> Errors)
{
    public static CreatedKeyPayload Failed(MutationError error) => new(null, null, [error]);
}

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

public sealed class CreateApiKeyInputType : InputObjectGraphType
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Field<NonNullGraphType<EnumerationGraphType<Role>>>("role").Description("Partner, curator or admin.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who holds the key, as the audit log names it.");
        Field<IdGraphType>("organisation").Description("The organisation a partner key acts for; only for partner keys.");
        Field<DateTimeGraphType>("expiresAt").Description("When the key stops working; never unless given.");
    }
}

public sealed class RotateApiKeyInputType : InputObjectGraphType
{
    public RotateApiKeyInputType()
    {
        Name = "RotateApiKeyInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key to replace.");
        Field<DateTimeGraphType>("expiresAt").Description("When the new key stops working; the old key's expiry unless given.");
    }
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key to revoke.");
    }
}
