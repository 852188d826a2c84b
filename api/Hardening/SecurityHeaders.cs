using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Security headers on every response. The IDE page and its files get their own Content-Security-Policy, chosen when
/// the response starts: HTML is only ever the IDE page, unless an error page replaced the response and its headers.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IHostEnvironment environment)
{
    public static readonly PathString IdeFiles = "/graphql/ide";

    private readonly string? strictTransportSecurity =
        environment.IsDevelopment() || string.IsNullOrWhiteSpace(options.Value.StrictTransportSecurity) ? null : options.Value.StrictTransportSecurity;

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicies.Api;
        // Sent over plain HTTP too, where browsers ignore it: behind a proxy that ends TLS the request looks like HTTP here.
        if (strictTransportSecurity is not null) headers.StrictTransportSecurity = strictTransportSecurity;
        http.Response.OnStarting(() =>
        {
            if (headers.ContentSecurityPolicy == ContentSecurityPolicies.Api && IsIdeContent(http))
                headers.ContentSecurityPolicy = ContentSecurityPolicies.Ide;
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static bool IsIdeContent(HttpContext http) =>
        http.Request.Path.StartsWithSegments(IdeFiles)
        || http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
}
