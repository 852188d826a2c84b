using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// Administrators make, rotate and revoke API keys. A new key's secret is in the payload once and nowhere else; every
/// change is audited by the key's prefix, never its secret. Servers refuse a revoked key within Access:KeyCacheSeconds.
/// </summary>
public sealed class KeyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedApiKeyPayloadType>>("createApiKey")
            .Description("Makes an API key. The payload holds the key itself: store it, it is not shown again.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async context => await CreateAsync(context));
        mutation.Field<NonNullGraphType<CreatedApiKeyPayloadType>>("rotateApiKey")
            .Description("Replaces a key with a new one of the same holder, role and organisation; the old key stops working.")
            .Argument<NonNullGraphType<RotateApiKeyInputType>>("input")
            .ResolveAsync(async context => await RotateAsync(context));
        mutation.Field<NonNullGraphType<PayloadGraphType<ApiKeyType, ApiKey>>>("revokeApiKey")
            .Description("Stops a key from working, for good.")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async context => await RevokeAsync(context));
    }

    private static async Task<CreatedKeyPayload> CreateAsync(IResolveFieldContext context)
    {
        if (!context.Access().MayManageKeys) return CreatedKeyPayload.Failed(NotAllowed);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var role = (Role)input["role"]!;
        var name = (input["name"] as string)?.Trim();
        var expiresAt = (input.TryGetValue("expiresAt", out var expiry) ? expiry as DateTime? : null)?.ToUniversalTime();
        await using var db = await context.CreateDbContextAsync();
        var checks = new InputChecks();
        Check(checks, "role", KeyRules.RoleProblem(role));
        Check(checks, "name", KeyRules.NameProblem(name));
        var organisation = input.TryGetValue("organisation", out var given) ? given as string : null;
        Check(checks, "organisation", KeyRules.OrganisationProblem(role, organisation is not null));
        var organisationId = await OrganisationAsync(db, organisation, checks, context.CancellationToken);
        if (expiresAt is { } at) Check(checks, "expiresAt", KeyRules.ExpiryProblem(at, db.Clock.GetUtcNow()));
        if (checks.Failed) return new CreatedKeyPayload(null, null, checks.Errors);

        var created = await ApiKeys.AddAsync(db, role, name!, organisationId, expiresAt, context.CancellationToken);
        AuditTrail.Audit(db, context.Viewer(), "apiKey.create", "ApiKey", created.Key.Id, null, Snapshot(created.Key));
        await db.SaveChangesAsync(context.CancellationToken);
        return new CreatedKeyPayload(created.Key, created.PlainKey, []);
    }

    private static async Task<CreatedKeyPayload> RotateAsync(IResolveFieldContext context)
    {
        if (!context.Access().MayManageKeys) return CreatedKeyPayload.Failed(NotAllowed);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var (old, error) = await ActiveKeyAsync(db, input, context.CancellationToken);
        if (old is null) return CreatedKeyPayload.Failed(error!);
        var expiresAt = input.TryGetValue("expiresAt", out var expiry) ? (expiry as DateTime?)?.ToUniversalTime() : old.ExpiresAt;
        if (expiresAt is { } at && KeyRules.ExpiryProblem(at, db.Clock.GetUtcNow()) is { } problem)
            return CreatedKeyPayload.Failed(new ValidationError(problem, ["input", "expiresAt"]));

        var before = Snapshot(old);
        old.RevokedAt = db.Clock.GetUtcNow().UtcDateTime;
        var created = await ApiKeys.AddAsync(db, old.Role, old.Name, old.OrganisationId, expiresAt, context.CancellationToken);
        AuditTrail.Audit(db, context.Viewer(), "apiKey.rotate", "ApiKey", old.Id, before, new Dictionary<string, object?>(Snapshot(old)) { ["replacedBy"] = created.Key.Prefix });
        AuditTrail.Audit(db, context.Viewer(), "apiKey.create", "ApiKey", created.Key.Id, null, new Dictionary<string, object?>(Snapshot(created.Key)) { ["replaces"] = old.Prefix });
        await db.SaveChangesAsync(context.CancellationToken);
        return new CreatedKeyPayload(created.Key, created.PlainKey, []);
    }

    private static async Task<Payload<ApiKey>> RevokeAsync(IResolveFieldContext context)
    {
        if (!context.Access().MayManageKeys) return Payload<ApiKey>.Failed(NotAllowed);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var (key, error) = await ActiveKeyAsync(db, input, context.CancellationToken);
        if (key is null) return Payload<ApiKey>.Failed(error!);
        var before = Snapshot(key);
        key.RevokedAt = db.Clock.GetUtcNow().UtcDateTime;
        AuditTrail.Audit(db, context.Viewer(), "apiKey.revoke", "ApiKey", key.Id, before, Snapshot(key));
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload<ApiKey>.Changed(key);
    }

    private static readonly NotAllowedError NotAllowed = new("Only administrators may manage API keys.");

    /// <summary>The tracked key of the input's <c>id</c>, unless it is unknown or revoked already.</summary>
    private static async Task<(ApiKey? Key, MutationError? Error)> ActiveKeyAsync(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecodeGuid(input["id"] as string, "ApiKey", out var id))
            return (null, new ValidationError("'id' is not an API key ID.", ["input", "id"]));
        var key = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key switch
        {
            null => (null, new NotFoundError("No such API key.", ["input", "id"])),
            { RevokedAt: not null } => (null, new ValidationError("The key is revoked already.", ["input", "id"])),
            _ => (key, null),
        };
    }

    private static async Task<Guid?> OrganisationAsync(NetworkGraphDbContext db, string? id, InputChecks checks, CancellationToken cancellationToken)
    {
        if (id is null) return null;
        if (GlobalId.TryDecodeGuid(id, "Organisation", out var organisationId) && await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            return organisationId;
        checks.Fail("organisation", "'organisation' is not the ID of an organisation.");
        return null;
    }

    private static void Check(InputChecks checks, string field, string? problem)
    {
        if (problem is not null) checks.Fail(field, problem);
    }

    private static Dictionary<string, object?> Snapshot(ApiKey key) => new()
    {
        ["prefix"] = key.Prefix, ["name"] = key.Name, ["role"] = key.Role.ToString(), ["organisation"] = key.OrganisationId?.ToString("N"),
        ["expiresAt"] = key.ExpiresAt, ["revokedAt"] = key.RevokedAt,
    };
}
