namespace NetworkGraph.Api.Webhooks;

/// <summary>When a failed delivery is tried again, and when an endpoint that keeps failing is disabled.</summary>
public static class WebhookRetrySchedule
{
    /// <summary>The waits after failed attempts 1, 2, …: nine attempts in all, over about 28 hours.</summary>
    public static readonly IReadOnlyList<TimeSpan> Delays =
    [
        TimeSpan.Zero,
        TimeSpan.FromSeconds(5),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(5),
        TimeSpan.FromHours(10),
        TimeSpan.FromHours(10),
    ];

    /// <summary>The most a delay is lengthened or shortened at random, so that deliveries failed together are not all retried together.</summary>
    public const double Jitter = 0.2;

    /// <summary>How long after failed attempt <paramref name="failedAttempt"/> (1-based) the next is due, or null when it was the last.</summary>
    public static TimeSpan? NextDelay(int failedAttempt, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (failedAttempt > Delays.Count) return null;
        var factor = 1 + Jitter * (2 * random.NextDouble() - 1);
        return Delays[failedAttempt - 1] * factor;
    }

    /// <summary>Whether an endpoint that has failed every attempt since <paramref name="failingSince"/> is to be disabled.</summary>
    public static bool ShouldDisable(DateTimeOffset? failingSince, DateTimeOffset now, TimeSpan disableAfter) =>
        failingSince is { } since && now - since >= disableAfter;
}
