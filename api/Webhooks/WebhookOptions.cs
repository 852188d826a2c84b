namespace NetworkGraph.Api.Webhooks;

/// <summary>How webhooks are delivered, bound from the "Webhooks" configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>How long one attempt may take, from connecting until the response headers have arrived.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Whether webhooks may target loopback, private, link-local and other non-public addresses. Only for development
    /// and tests: on a server it lets anyone who may create a webhook reach the server's own network.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long an endpoint may fail without a single success before it is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>How long the secret a rotation replaces goes on signing beside the new one.</summary>
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// What the waits of <see cref="WebhookRetrySchedule"/> are multiplied by: 1 in service; a small fraction lets a test
    /// run through the schedule in moments.
    /// </summary>
    public double RetryDelayScale { get; set; } = 1;

    /// <summary>How many webhooks are sent to at once; each is sent one delivery at a time, so a slow endpoint holds up only its own.</summary>
    public int MaxParallelWebhooks { get; set; } = 8;

    /// <summary>The share of failed attempts to one endpoint, within <see cref="CircuitSamplingDuration"/>, that opens its circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest attempts to one endpoint within <see cref="CircuitSamplingDuration"/> before its circuit may open.</summary>
    public int CircuitMinimumThroughput { get; set; } = 5;

    /// <summary>The window over which an endpoint's attempts are counted.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an opened circuit stays open before one trial attempt is let through.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest break: each failed trial attempt doubles the break, up to this.</summary>
    public TimeSpan CircuitMaxBreakDuration { get; set; } = TimeSpan.FromMinutes(10);
}
