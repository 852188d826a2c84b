using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NetworkGraph.Api.Webhooks;

public static class WebhookRegistration
{
    /// <summary>The settings of webhook delivery and the <see cref="WebhookSender"/> that makes each attempt.</summary>
    public static void AddWebhookDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(options => options.AttemptTimeout > TimeSpan.Zero, Invalid(nameof(WebhookOptions.AttemptTimeout), "must be positive"))
            .Validate(options => options.DisableAfter > TimeSpan.Zero, Invalid(nameof(WebhookOptions.DisableAfter), "must be positive"))
            .Validate(options => options.CircuitFailureRatio is > 0 and <= 1, Invalid(nameof(WebhookOptions.CircuitFailureRatio), "must be above 0 and at most 1"))
            .Validate(options => options.CircuitMinimumThroughput >= 2, Invalid(nameof(WebhookOptions.CircuitMinimumThroughput), "must be at least 2"))
            .Validate(options => options.CircuitSamplingDuration >= HalfASecond, Invalid(nameof(WebhookOptions.CircuitSamplingDuration), "must be at least 0.5 s"))
            .Validate(options => options.CircuitBreakDuration >= HalfASecond, Invalid(nameof(WebhookOptions.CircuitBreakDuration), "must be at least 0.5 s"))
            .Validate(options => options.CircuitMaxBreakDuration >= options.CircuitBreakDuration,
                Invalid(nameof(WebhookOptions.CircuitMaxBreakDuration), $"must be at least {nameof(WebhookOptions.CircuitBreakDuration)}"))
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.AddSingleton<WebhookSender>();
    }

    /// <summary>The shortest sampling and break durations the circuit breaker accepts.</summary>
    private static readonly TimeSpan HalfASecond = TimeSpan.FromMilliseconds(500);

    private static string Invalid(string setting, string rule) => $"{WebhookOptions.Section}:{setting} {rule}.";
}
