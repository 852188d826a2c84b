using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Apps that deliver webhooks to the local receiver quickly: private targets allowed, the change log read every 50 ms,
/// the retry schedule a thousand times shorter, two-second attempts, and a circuit that opens after two failures and
/// stays open for a second (two at the most).
/// </summary>
public sealed class WebhookAppFixture() : AppFixture(WebhookApps.Settings);

public static class WebhookApps
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Changes:PollInterval"] = "00:00:00.050",
        ["Webhooks:RetryDelayScale"] = "0.001",
        ["Webhooks:AttemptTimeout"] = "00:00:02",
        ["Webhooks:CircuitMinimumThroughput"] = "2",
        ["Webhooks:CircuitBreakDuration"] = "00:00:01",
        ["Webhooks:CircuitMaxBreakDuration"] = "00:00:02",
    };
}
