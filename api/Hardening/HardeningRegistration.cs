using GraphQL;
using GraphQL.DI;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Operational hardening: rate limits, CORS for partner sites, security headers, and the schema hidden from callers
/// without an API key outside Development.
/// </summary>
public static class HardeningRegistration
{
    public static void AddHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection(SecurityHeadersOptions.Section));
        services.AddPartnerCors(builder.Configuration);
        services.AddCallerRateLimits(builder.Configuration);
        services.AddSingleton<SchemaVisibility>();
    }

    /// <summary>The schema hidden from callers who may not see it: no introspection, no suggestions.</summary>
    public static IGraphQLBuilder AddSchemaVisibility(this IGraphQLBuilder graphQL) => graphQL
        .AddValidationRule<IntrospectionRule>()
        .ConfigureExecution(SchemaSuggestions.RemoveWhereHiddenAsync);

    /// <summary>First in the pipeline, so that every response, refusals and files included, carries the headers.</summary>
    public static void UseResponseHardening(this IApplicationBuilder app) => app
        .UseMiddleware<SecurityHeaders>()
        .UsePartnerCors();
}
