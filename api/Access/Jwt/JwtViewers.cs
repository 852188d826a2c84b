using System.Security.Claims;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Jwt;

/// <summary>Who a validated token makes the caller, by its role and organisation claims; null when the claims do not name one.</summary>
public static class JwtViewers
{
    public static Viewer? From(ClaimsPrincipal principal, JwtSettings settings)
    {
        var role = principal.FindFirst(settings.RoleClaim)?.Value.ToLowerInvariant() switch
        {
            "partner" => Role.Partner,
            "curator" => Role.Curator,
            "admin" => Role.Admin,
            _ => (Role?)null,
        };
        var subject = principal.FindFirst("sub")?.Value;
        if (role is null || string.IsNullOrEmpty(subject)) return null;
        var organisation = OrganisationOf(principal.FindFirst(settings.OrganisationClaim)?.Value);
        if ((role == Role.Partner) != (organisation is not null)) return null;
        return new Viewer(role.Value, $"jwt:{subject}", organisation);
    }

    private static Guid? OrganisationOf(string? claim) =>
        claim is null ? null
        : Guid.TryParse(claim, out var id) ? id
        : EntityNodes.TryDecode<Organisation>(claim, out id) ? id
        : null;
}
