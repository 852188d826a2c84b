using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using NetworkGraph.Api.Access.Jwt;
using NetworkGraph.Api.Health;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// Authenticates requests to endpoints marked <see cref="ApiKeyAuthenticated"/> (the GraphQL endpoint) by an API key
/// sent as <c>Authorization: Bearer ng_…</c> or <c>X-Api-Key: ng_…</c>, before GraphQL runs. Without either header the
/// caller is anonymous. A key that is malformed, unknown, revoked or expired gets one and the same 401, so a caller
/// cannot tell which; other Authorization schemes and two keys at once get a 401 that says how to send a key. When
/// <see cref="JwtSettings"/> enable it, a bearer token that is not a key is validated as a JWT of the identity provider.
/// </summary>
public sealed class ApiKeyAuthentication(RequestDelegate next, ApiKeyVerifier verifier, JwtSettings jwt, IGraphQLSerializer serializer)
{
    private const string KeyHeader = "X-Api-Key";
    private const string Bearer = "Bearer ";

    public async Task InvokeAsync(HttpContext http, CurrentViewer current)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ApiKeyAuthenticated>() is null)
        {
            await next(http);
            return;
        }
        var (presented, refusal) = Presented(http.Request);
        if (refusal is not null)
        {
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refusal);
            return;
        }
        if (presented is not null && jwt.Enabled && !presented.StartsWith(ApiKeys.Scheme, StringComparison.Ordinal))
        {
            var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            var viewer = result.Succeeded ? JwtViewers.From(result.Principal!, jwt) : null;
            if (viewer is null)
            {
                await RefuseAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                    "The bearer token is not valid: it is expired, badly signed, not for this service, or names no role.");
                return;
            }
            current.Viewer = viewer;
            http.User = result.Principal!;
        }
        else if (presented is not null)
        {
            VerifiedKey? key;
            try
            {
                key = await verifier.VerifyAsync(presented, http.RequestAborted);
            }
            catch (Exception exception) when (DatabaseOutages.Is(exception))
            {
                await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.DatabaseUnavailable, IDatabaseOutages.Message);
                return;
            }
            if (key is null)
            {
                await RefuseAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                    "The API key is not valid: it is unknown, revoked or expired.");
                return;
            }
            current.Viewer = key.Viewer;
            http.User = key.ToPrincipal();
        }
        await next(http);
    }

    /// <summary>The key the request presents (null for none), or why its headers do not present one properly.</summary>
    private static (string? Key, string? Refusal) Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization;
        var apiKey = request.Headers[KeyHeader];
        if (authorization.Count + apiKey.Count > 1)
            return (null, $"Send one API key, in either Authorization or {KeyHeader}.");
        if (apiKey.Count == 1) return (apiKey[0]!.Trim(), null);
        if (authorization.Count == 0) return (null, null);
        var value = authorization[0]!;
        return value.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? (value[Bearer.Length..].Trim(), null)
            : (null, $"Send an API key as 'Authorization: Bearer {ApiKeys.Scheme}…' or '{KeyHeader}: {ApiKeys.Scheme}…'; no other scheme is accepted.");
    }

    private async Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        var mediaType = ResponseMediaType.Choose(http.Request) ?? ResponseMediaType.GraphQLResponse;
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(new ExecutionError(message) { Code = code }), http.RequestAborted);
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
