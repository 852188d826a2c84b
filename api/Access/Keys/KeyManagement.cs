using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// Administrators make, rotate and revoke API keys. A new key's secret is in the payload once and nowhere else; every
/// change is audited by the key's prefix, never its secret. Servers refuse a revoked key within Access:KeyCacheSeconds.
/// </summary>
public sealed class KeyManagement(AccessRules access, IDbContextFactory<NetworkGraphDbContext> contexts)
{
    /// <summary>What anyone but an administrator is told, by the mutations and the list of keys alike.</summary>
    public const string Refusal = "Only administrators may manage API keys.";

    private const string Created = "apiKey.create", Rotated = "apiKey.rotate", Revoked = "apiKey.revoke";
    private static readonly string RecordType = EntityNodes.NameOf<ApiKey>();
    private static readonly NotAllowedError NotAllowed = new(Refusal);

    public async Task<CreatedKeyPayload> CreateAsync(CreateApiKeyInput input, CancellationToken cancellationToken)
    {
        if (!access.MayManageKeys) return CreatedKeyPayload.Failed(NotAllowed);
        var name = input.Name.Trim();
        var expiresAt = input.ExpiresAt?.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checks = new InputChecks();
        Check(checks, nameof(input.Role), KeyRules.RoleProblem(input.Role));
        Check(checks, nameof(input.Name), KeyRules.NameProblem(name));
        Check(checks, nameof(input.Organisation), KeyRules.OrganisationProblem(input.Role, input.Organisation is not null));
        var organisationId = await OrganisationAsync(db, input.Organisation, checks, cancellationToken);
        if (expiresAt is { } at) Check(checks, nameof(input.ExpiresAt), KeyRules.ExpiryProblem(at, db.Clock.GetUtcNow()));
        if (checks.Failed) return new CreatedKeyPayload(null, null, checks.Errors);

        var created = await ApiKeys.AddAsync(db, input.Role, name, organisationId, expiresAt, cancellationToken);
        AuditTrail.Audit(db, access.Viewer, Created, RecordType, created.Key.Id, null, Snapshot(created.Key));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedKeyPayload(created.Key, created.PlainKey, []);
    }

    public async Task<CreatedKeyPayload> RotateAsync(RotateApiKeyInput input, CancellationToken cancellationToken)
    {
        if (!access.MayManageKeys) return CreatedKeyPayload.Failed(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (old, error) = await ActiveKeyAsync(db, input, cancellationToken);
        if (old is null) return CreatedKeyPayload.Failed(error!);
        var expiresAt = input.ExpiresAt.IsGiven ? input.ExpiresAt.Value?.ToUniversalTime() : old.ExpiresAt;
        if (expiresAt is { } at && KeyRules.ExpiryProblem(at, db.Clock.GetUtcNow()) is { } problem)
            return CreatedKeyPayload.Failed(new ValidationError(problem, ["input", input.ExpiresAt.Field]));

        var before = Snapshot(old);
        old.RevokedAt = db.Clock.GetUtcNow().UtcDateTime;
        var created = await ApiKeys.AddAsync(db, old.Role, old.Name, old.OrganisationId, expiresAt, cancellationToken);
        AuditTrail.Audit(db, access.Viewer, Rotated, RecordType, old.Id, before, new Dictionary<string, object?>(Snapshot(old)) { ["replacedBy"] = created.Key.Prefix });
        AuditTrail.Audit(db, access.Viewer, Created, RecordType, created.Key.Id, null, new Dictionary<string, object?>(Snapshot(created.Key)) { ["replaces"] = old.Prefix });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedKeyPayload(created.Key, created.PlainKey, []);
    }

    public async Task<Payload<ApiKey>> RevokeAsync(RevokeApiKeyInput input, CancellationToken cancellationToken)
    {
        if (!access.MayManageKeys) return Payload<ApiKey>.Failed(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (key, error) = await ActiveKeyAsync(db, input, cancellationToken);
        if (key is null) return Payload<ApiKey>.Failed(error!);
        var before = Snapshot(key);
        key.RevokedAt = db.Clock.GetUtcNow().UtcDateTime;
        AuditTrail.Audit(db, access.Viewer, Revoked, RecordType, key.Id, before, Snapshot(key));
        await db.SaveChangesAsync(cancellationToken);
        return Payload<ApiKey>.Changed(key);
    }

    /// <summary>The tracked key the input names, unless it is unknown or revoked already.</summary>
    private static async Task<(ApiKey? Key, MutationError? Error)> ActiveKeyAsync(NetworkGraphDbContext db, KeyChangeInput input, CancellationToken cancellationToken)
    {
        var field = Naming.LowerCamel(nameof(input.Id));
        string[] path = ["input", field];
        if (!EntityNodes.TryDecode<ApiKey>(input.Id, out var id)) return (null, new ValidationError($"'{field}' is not an API key ID.", path));
        var key = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key switch
        {
            null => (null, new NotFoundError("No such API key.", path)),
            { RevokedAt: not null } => (null, new ValidationError("The key is revoked already.", path)),
            _ => (key, null),
        };
    }

    private static async Task<Guid?> OrganisationAsync(NetworkGraphDbContext db, string? id, InputChecks checks, CancellationToken cancellationToken)
    {
        if (id is null) return null;
        if (EntityNodes.TryDecode<Organisation>(id, out var organisationId) && await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            return organisationId;
        var field = Naming.LowerCamel(nameof(CreateApiKeyInput.Organisation));
        checks.Fail(field, $"'{field}' is not the ID of an organisation.");
        return null;
    }

    /// <summary>Fails the input field of the record property when a key rule found a problem with it.</summary>
    private static void Check(InputChecks checks, string property, string? problem)
    {
        if (problem is not null) checks.Fail(Naming.LowerCamel(property), problem);
    }

    private static Dictionary<string, object?> Snapshot(ApiKey key) => new()
    {
        ["prefix"] = key.Prefix, ["name"] = key.Name, ["role"] = key.Role.ToString(), ["organisation"] = key.OrganisationId?.ToString("N"),
        ["expiresAt"] = key.ExpiresAt, ["revokedAt"] = key.RevokedAt,
    };
}

/// <summary>A key just made, with its secret, or why none was made.</summary>
public sealed record CreatedKeyPayload(ApiKey? Key, string? PlainKey, IReadOnlyList<MutationError> Errors)
{
    public static CreatedKeyPayload Failed(MutationError error) => new(null, null, [error]);
}
