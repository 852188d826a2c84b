using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// Authenticates requests to endpoints marked <see cref="ApiKeyAuthenticated"/> (the GraphQL endpoint) by an API key
/// sent as <c>Authorization: Bearer ng_…</c> or <c>X-Api-Key: ng_…</c>, before GraphQL runs. Without either header the
/// caller is anonymous. A key that is malformed, unknown, revoked or expired gets one and the same 401, so a caller
/// cannot tell which; other Authorization schemes and two keys at once get a 401 that says how to send a key. When
/// JWT bearer tokens are enabled, a bearer token that is not a key is validated as a JWT of the identity provider
/// (see <see cref="CredentialVerifier"/>).
/// </summary>
public sealed class ApiKeyAuthentication(RequestDelegate next, CredentialVerifier credentials)
{
    public async Task InvokeAsync(HttpContext http, CurrentViewer current)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ApiKeyAuthenticated>() is null)
        {
            await next(http);
            return;
        }
        var (presented, refusal) = PresentedCredential.From(http.Request.Headers.Authorization, http.Request.Headers[PresentedCredential.KeyHeader]);
        if (refusal is not null)
        {
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refusal);
            return;
        }
        if (presented is not null)
        {
            switch (await credentials.VerifyAsync(http, presented))
            {
                case CredentialCheck.Verified verified:
                    current.Viewer = verified.Viewer;
                    http.User = verified.Principal;
                    break;
                case CredentialCheck.Refused refused:
                    await RefuseAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refused.Reason);
                    return;
                default:
                    await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.DatabaseUnavailable, IDatabaseOutages.Message);
                    return;
            }
        }
        await next(http);
    }

    private static Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        return CodedRefusal.WriteAsync(http, status, code, message, http.RequestAborted);
    }
}

/// <summary>Endpoint metadata: callers of this endpoint may authenticate by API key, and a bad key is refused.</summary>
public sealed class ApiKeyAuthenticated;

public static class ApiKeyAuthenticationExtensions
{
    public static IApplicationBuilder UseApiKeyAuthentication(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyAuthentication>();

    public static TBuilder WithApiKeyAuthentication<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ApiKeyAuthenticated());
}
