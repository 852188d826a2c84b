using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>An API key as administrators see it: never its secret, which is not stored.</summary>
public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        Name = nameof(ApiKey);
        Description = "An API key: who holds it, its role, and whether it still works. The secret is shown once, when the key is made.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(Name, context.Source.Id.ToString("N")));
        Field(k => k.Prefix).Description("The part of the key after \"ng_\" that recognises it, e.g. in the audit log.");
        Field(k => k.Name).Description("Who holds the key.");
        Field(k => k.Role);
        Field<OrganisationType>("organisation").Description("The organisation a partner key acts for.")
            .Resolve(context => context.Source.OrganisationId is { } id ? context.Loaders().ById(id, (access, db) => access.Records<Organisation>(db)) : null);
        Field(k => k.CreatedAt);
        Field(k => k.ExpiresAt, nullable: true);
        Field(k => k.RevokedAt, nullable: true);
        Field(k => k.LastUsedAt, nullable: true).Description("When the key was last used, to the minute.");
    }
}
