using System.Security.Claims;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>A key whose secret and row were checked at <see cref="VerifiedAt"/>: who it makes the caller, and when its use was last recorded.</summary>
public sealed class VerifiedKey(Viewer viewer, DateTime verifiedAt, DateTime? expiresAt, DateTime? lastUsedAt)
{
    public const string AuthenticationType = "ApiKey";
    public const string OrganisationClaim = "organisation";

    /// <summary>How often the use of a key is written to its row: at most once in this time, not on every request.</summary>
    public static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    private long lastUsedTicks = lastUsedAt?.Ticks ?? 0;

    public Viewer Viewer { get; } = viewer;

    public DateTime VerifiedAt { get; } = verifiedAt;

    public bool HasExpired(DateTime now) => expiresAt <= now;

    /// <summary>True when the use at <paramref name="now"/> is to be recorded; of concurrent requests, only one is told so.</summary>
    public bool ClaimUseRecord(DateTime now)
    {
        var recorded = Interlocked.Read(ref lastUsedTicks);
        return now.Ticks - recorded >= UseRecordInterval.Ticks
            && Interlocked.CompareExchange(ref lastUsedTicks, now.Ticks, recorded) == recorded;
    }

    public ClaimsPrincipal ToPrincipal()
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, $"{Viewer.ApiKeyId}"),
            new(ClaimTypes.Name, Viewer.Actor),
            new(ClaimTypes.Role, Viewer.Role.ToString()),
        ];
        if (Viewer.OrganisationId is { } organisation) claims.Add(new Claim(OrganisationClaim, organisation.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType));
    }
}
