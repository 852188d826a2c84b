using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NetworkGraph.Api.Webhooks;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>Senders for tests against the local receiver: private targets allowed unless a test says otherwise.</summary>
internal static class Senders
{
    public static WebhookSender Create(Action<WebhookOptions>? configure = null, TimeProvider? time = null, IHostAddressResolver? resolver = null)
    {
        var options = new WebhookOptions { AllowPrivateTargets = true };
        configure?.Invoke(options);
        return new WebhookSender(Options.Create(options), resolver ?? new DnsHostAddressResolver(), time ?? TimeProvider.System);
    }

    /// <summary>The outcomes of attempts to the endpoint one after the other.</summary>
    public static async Task<List<WebhookAttemptOutcome>> OutcomesAsync(this WebhookSender sender, WebhookEndpoint endpoint, int attempts)
    {
        var outcomes = new List<WebhookAttemptOutcome>();
        for (var i = 0; i < attempts; i++) outcomes.Add((await sender.SendAsync(endpoint, $"msg_{i}", "{}", CancellationToken.None)).Outcome);
        return outcomes;
    }

    /// <summary>A clock that stands still at the current second, so that signatures verify and timestamps are exact.</summary>
    public static FakeTimeProvider StoppedClock() => new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
}

/// <summary>Gives host names the addresses a test chooses, and knows no others.</summary>
internal sealed class FixedHostAddresses(Dictionary<string, System.Net.IPAddress[]> addresses) : IHostAddressResolver
{
    public Task<System.Net.IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Task.FromResult(addresses.TryGetValue(host, out var found) ? found : []);
}
