using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NetworkGraph.Api.Webhooks;

public static class WebhookRegistration
{
    /// <summary>
    /// The settings of webhook delivery, the <see cref="WebhookSender"/> that makes each attempt, and the worker that
    /// dispatches the change log's events and sends what is due (it needs the change log's signal, <c>AddChanges</c>).
    /// </summary>
    public static void AddWebhookDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(options => options.AttemptTimeout > TimeSpan.Zero, Invalid(nameof(WebhookOptions.AttemptTimeout), "must be positive"))
            .Validate(options => options.DisableAfter > TimeSpan.Zero, Invalid(nameof(WebhookOptions.DisableAfter), "must be positive"))
            .Validate(options => options.RotationOverlap >= TimeSpan.Zero, Invalid(nameof(WebhookOptions.RotationOverlap), "must not be negative"))
            .Validate(options => options.RetryDelayScale is > 0 and <= 1, Invalid(nameof(WebhookOptions.RetryDelayScale), "must be above 0 and at most 1"))
            .Validate(options => options.MaxParallelWebhooks is >= 1 and <= 256, Invalid(nameof(WebhookOptions.MaxParallelWebhooks), "must be from 1 to 256"))
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
        services.AddSingleton<WebhookDispatch>();
        services.AddSingleton<WebhookOutcomes>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookWorker>());
    }

    /// <summary>The shortest sampling and break durations the circuit breaker accepts.</summary>
    private static readonly TimeSpan HalfASecond = TimeSpan.FromMilliseconds(500);

    private static string Invalid(string setting, string rule) => $"{WebhookOptions.Section}:{setting} {rule}.";
}
