using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using NetworkGraph.Api.Access.Jwt;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Api.Health;

namespace NetworkGraph.Api.Access;

/// <summary>
/// Who a presented credential makes the caller: an API key (<c>ng_…</c>), or, when <see cref="JwtSettings"/> enable
/// it, a bearer token of the identity provider. The one check behind request headers (<see cref="ApiKeyAuthentication"/>)
/// and subscription connections alike.
/// </summary>
public sealed class CredentialVerifier(ApiKeyVerifier keys, JwtSettings jwt)
{
    private const string TokenItem = "NetworkGraph.PresentedToken";

    public async Task<CredentialCheck> VerifyAsync(HttpContext http, string presented)
    {
        if (jwt.Enabled && !presented.StartsWith(ApiKeys.Scheme, StringComparison.Ordinal)) return await VerifyTokenAsync(http, presented);
        VerifiedKey? key;
        try
        {
            key = await keys.VerifyAsync(presented, http.RequestAborted);
        }
        catch (Exception exception) when (DatabaseOutages.Is(exception))
        {
            return new CredentialCheck.DatabaseUnavailable();
        }
        return key is null
            ? new CredentialCheck.Refused("The API key is not valid: it is unknown, revoked or expired.")
            : new CredentialCheck.Verified(key.Viewer, key.ToPrincipal());
    }

    /// <summary>
    /// The token as the JWT bearer handler validates it, whatever it came in: the handler reads it from the request's
    /// items (<see cref="TokenOf"/>) rather than from the Authorization header. A handler of its own runs for it, since
    /// the request's handler keeps the first result it had (the authentication middleware's, from the headers).
    /// </summary>
    private async Task<CredentialCheck> VerifyTokenAsync(HttpContext http, string token)
    {
        http.Items[TokenItem] = token;
        var scheme = await http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(JwtBearerDefaults.AuthenticationScheme);
        var handler = http.RequestServices.GetRequiredService<JwtBearerHandler>();
        await handler.InitializeAsync(scheme!, http);
        var result = await handler.AuthenticateAsync();
        var viewer = result.Succeeded ? JwtViewers.From(result.Principal!, jwt) : null;
        return viewer is null
            ? new CredentialCheck.Refused("The bearer token is not valid: it is expired, badly signed, not for this service, or names no role.")
            : new CredentialCheck.Verified(viewer, result.Principal!);
    }

    /// <summary>The token <see cref="VerifyAsync"/> hands the JWT bearer handler.</summary>
    public static string? TokenOf(HttpContext http) => http.Items.TryGetValue(TokenItem, out var token) ? token as string : null;
}

/// <summary>What a presented credential turned out to be.</summary>
public abstract record CredentialCheck
{
    public sealed record Verified(Viewer Viewer, ClaimsPrincipal Principal) : CredentialCheck;

    public sealed record Refused(string Reason) : CredentialCheck;

    /// <summary>The key could not be checked: the database is away.</summary>
    public sealed record DatabaseUnavailable : CredentialCheck;
}
