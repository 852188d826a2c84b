using System.Globalization;
using System.Net.Sockets;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// What one attempt to deliver a message came to. <paramref name="RetryAfter"/> is only known when the circuit is open:
/// the time until it lets a trial attempt through.
/// </summary>
public sealed record WebhookAttempt(WebhookAttemptOutcome Outcome, int? StatusCode, TimeSpan Duration, string? Error, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Outcome == WebhookAttemptOutcome.Delivered;

    /// <summary>The endpoint answered 410 Gone: it asks for no more deliveries, and its webhook is to be disabled.</summary>
    public bool Gone => StatusCode == 410;

    public static WebhookAttempt Answered(int status, TimeSpan duration) => status switch
    {
        >= 200 and < 300 => new(WebhookAttemptOutcome.Delivered, status, duration, null),
        >= 300 and < 400 => new(WebhookAttemptOutcome.HttpError, status, duration, $"HTTP {status}: redirects are not followed"),
        _ => new(WebhookAttemptOutcome.HttpError, status, duration, $"HTTP {status}"),
    };

    public static WebhookAttempt TimedOut(TimeSpan timeout, TimeSpan duration) =>
        new(WebhookAttemptOutcome.Timeout, null, duration, $"Timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");

    public static WebhookAttempt CircuitOpen(TimeSpan? retryAfter) =>
        new(WebhookAttemptOutcome.CircuitOpen, null, TimeSpan.Zero, "Circuit open: recent attempts to this endpoint failed; not sent", retryAfter);

    public static WebhookAttempt NotConnected(HttpRequestException exception, TimeSpan duration)
    {
        if (Find<WebhookTargetRefusedException>(exception) is { } refused)
            return new(WebhookAttemptOutcome.TargetRefused, null, duration, refused.Message);
        if (exception.HttpRequestError == HttpRequestError.SecureConnectionError)
            return new(WebhookAttemptOutcome.TlsFailed, null, duration, $"TLS failed: {(exception.InnerException ?? exception).Message}");
        var error = Find<SocketException>(exception)?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "Connection refused",
            SocketError.ConnectionReset => "Connection reset",
            SocketError.HostNotFound => "Host not found",
            _ when exception.HttpRequestError == HttpRequestError.ResponseEnded => "Connection closed before a response",
            _ => exception.Message,
        };
        return new(WebhookAttemptOutcome.ConnectionFailed, null, duration, error);
    }

    /// <summary>Whether a connection failure is a refused target, which the endpoint did not cause.</summary>
    internal static bool IsRefusedTarget(Exception exception) => Find<WebhookTargetRefusedException>(exception) is not null;

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
            if (cause is T found) return found;
        return null;
    }
}
