namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Operational hardening: rate limits, CORS for partner sites and security headers. (The schema is hidden from callers
/// without an API key outside Development by the GraphQL toolkit's schema visibility.)
/// </summary>
public static class HardeningRegistration
{
    public static void AddHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection(SecurityHeadersOptions.Section));
        services.AddPartnerCors(builder.Configuration);
        services.AddCallerRateLimits(builder.Configuration);
    }

    /// <summary>First in the pipeline, so that every response, refusals and files included, carries the headers.</summary>
    public static void UseResponseHardening(this IApplicationBuilder app) => app
        .UseMiddleware<SecurityHeaders>()
        .UsePartnerCors();
}
