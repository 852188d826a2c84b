using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Lets the configured partner origins call the API from browsers: GET and POST with a JSON body and an API key.
/// No cookies are involved, so credentialed requests are not allowed.
/// </summary>
public static class PartnerCors
{
    public static void AddPartnerCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PartnerCorsOptions>(configuration.GetSection(PartnerCorsOptions.Section));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<PartnerCorsOptions>>((cors, partners) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(partners.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Authorization", "X-Api-Key")
                // Not a CORS-safelisted response header: without this a frontend could not read when to retry after a 429.
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }

    public static IApplicationBuilder UsePartnerCors(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<PartnerCorsOptions>>().Value.AllowedOrigins.Length == 0 ? app : app.UseCors();
}
