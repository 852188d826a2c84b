namespace NetworkGraph.Api.Access.Jwt;

/// <summary>
/// Bearer tokens from an external identity provider, bound from "Access:Jwt". Off unless an authority (whose
/// published keys sign the tokens) or a shared signing key is configured.
/// </summary>
public sealed class JwtSettings
{
    public const string Section = "Access:Jwt";

    /// <summary>The identity provider's address; its OpenID configuration names the issuer and the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>With a shared signing key: the issuer tokens must name.</summary>
    public string? Issuer { get; set; }

    /// <summary>A shared HMAC-SHA256 secret, for identity providers that sign that way; at least 32 characters.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim whose value is the role: partner, curator or admin.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim with the ID of the organisation a partner acts for (a GUID or an Organisation global ID).</summary>
    public string OrganisationClaim { get; set; } = "organisation";

    public bool Enabled => Authority is not null || SigningKey is not null;
}
