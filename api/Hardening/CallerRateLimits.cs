using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Rate limits per API key and per client address (see <see cref="CallerPartition"/>), with ASP.NET Core's rate limiter.
/// A refused request gets 429, <c>Retry-After</c> in seconds and a <c>RATE_LIMITED</c> error.
/// </summary>
public static class CallerRateLimits
{
    public static void AddCallerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitsOptions>(configuration.GetSection(RateLimitsOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitsOptions>>((limiter, limits) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => CallerPartition.For(http, limits.Value));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RefuseAsync;
        });
    }

    /// <summary>Limits requests by caller; after API key authentication, which says who the caller is.</summary>
    public static IApplicationBuilder UseCallerRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await CodedRefusal.WriteAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: try again in {seconds} seconds.", cancellationToken);
    }
}
