using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// One resilience pipeline per endpoint, made on its first attempt: a circuit breaker around a timeout. The pipeline's
/// result is the response's status code. There are no retries here: a failed delivery is tried again on its stored schedule.
/// </summary>
public sealed class WebhookPipelines(WebhookOptions options, TimeProvider time) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> registry = new();

    public ResiliencePipeline<int> For(string endpointKey) => registry.GetOrAddPipeline<int>(endpointKey, builder =>
    {
        builder.TimeProvider = time;
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<int>
            {
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDurationGenerator = arguments => ValueTask.FromResult(BreakDuration(arguments.HalfOpenAttempts)),
                ShouldHandle = arguments => ValueTask.FromResult(IsEndpointFailure(arguments.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    });

    /// <summary>The first break, doubled for each trial attempt that failed since, up to the longest break.</summary>
    private TimeSpan BreakDuration(int failedTrials)
    {
        var doubled = options.CircuitBreakDuration * Math.Pow(2, Math.Min(failedTrials, 20));
        return doubled < options.CircuitMaxBreakDuration ? doubled : options.CircuitMaxBreakDuration;
    }

    /// <summary>
    /// A 5xx, a 429, a timeout or a connection failure count against the endpoint; other answers (4xx, 3xx) are the
    /// endpoint working as it chose to, and a refused target never reached it.
    /// </summary>
    private static bool IsEndpointFailure(Outcome<int> outcome) => outcome.Exception switch
    {
        null => outcome.Result is >= 500 or 429,
        TimeoutRejectedException => true,
        HttpRequestException connection => !WebhookAttempt.IsRefusedTarget(connection),
        _ => false,
    };

    public void Dispose() => registry.Dispose();
}
