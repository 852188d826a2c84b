using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// Checks a presented key against its row. A verified key is kept in memory for <see cref="AccessOptions.KeyCacheSeconds"/>
/// under its prefix and hash, so a key in steady use costs no SQL: expiry is still checked on every request, but a
/// revocation reaches a server only when its cached entry is that old. The age is measured by the injected clock (the
/// memory cache's own expiry only frees the memory). Refusals are logged with the reason, which the caller is not told.
/// </summary>
public sealed class ApiKeyVerifier(
    IDbContextFactory<NetworkGraphDbContext> contexts,
    IMemoryCache cache,
    IOptions<AccessOptions> options,
    TimeProvider clock,
    ILogger<ApiKeyVerifier> logger)
{
    /// <summary>The verified key, or null when the text is not a valid key.</summary>
    public async Task<VerifiedKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        var prefix = ApiKeys.PrefixOf(presented);
        if (prefix is null)
        {
            logger.LogInformation("Refused a malformed API key.");
            return null;
        }
        var hash = ApiKeys.Hash(presented);
        var cacheKey = $"api-key:{prefix}:{Convert.ToHexString(hash)}";
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromSeconds(options.Value.KeyCacheSeconds);
        if (!cache.TryGetValue(cacheKey, out VerifiedKey? key) || key is null || now - key.VerifiedAt >= window)
        {
            key = await LoadAsync(prefix, hash, now, cancellationToken);
            if (key is null) return null;
            if (window > TimeSpan.Zero) cache.Set(cacheKey, key, window);
        }
        if (key.HasExpired(now)) return Refused(prefix, "expired");
        if (key.ClaimUseRecord(now)) await RecordUseAsync(key, now, cancellationToken);
        return key;
    }

    private async Task<VerifiedKey?> LoadAsync(string prefix, byte[] hash, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiKeys.Where(k => k.Prefix == prefix)
            .Select(k => new { k.Id, k.Name, k.Role, k.OrganisationId, k.SecretHash, k.ExpiresAt, k.RevokedAt, k.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return Refused(prefix, "unknown prefix");
        if (!ApiKeys.Matches(row.SecretHash, hash)) return Refused(prefix, "wrong secret");
        if (row.RevokedAt is not null) return Refused(prefix, "revoked");
        return new VerifiedKey(new Viewer(row.Role, $"key:{prefix} ({row.Name})", row.OrganisationId, row.Id), now, row.ExpiresAt, row.LastUsedAt);
    }

    /// <summary>
    /// Writes the time of use unless another server did within the interval. The statement leaves Version and
    /// UpdatedAt alone: using a key is not an edit, and must not make an administrator's edit of the key conflict.
    /// </summary>
    private async Task RecordUseAsync(VerifiedKey key, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = now - VerifiedKey.UseRecordInterval;
        await db.ApiKeys.Where(k => k.Id == key.Viewer.ApiKeyId && (k.LastUsedAt == null || k.LastUsedAt <= stale))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }

    private VerifiedKey? Refused(string prefix, string reason)
    {
        logger.LogInformation("Refused API key with prefix {Prefix}: {Reason}.", prefix, reason);
        return null;
    }
}
