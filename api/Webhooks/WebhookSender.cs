using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// A webhook endpoint as an attempt needs it: the key its circuit is kept under (one per stored endpoint), its URL and
/// its secrets (the current one first and, while a rotation overlaps, the previous one).
/// </summary>
public sealed record WebhookEndpoint(string Key, Uri Url, IReadOnlyList<string> Secrets);

/// <summary>
/// Makes one attempt to deliver a message: a signed JSON POST through the endpoint's pipeline. It never retries and
/// never throws for what the endpoint or the network did; the outcome says what happened, and the caller stores it and
/// schedules what comes next (<see cref="WebhookRetrySchedule"/>).
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient client;
    private readonly WebhookPipelines pipelines;
    private readonly TimeProvider time;
    private readonly TimeSpan timeout;

    public WebhookSender(IOptions<WebhookOptions> options, IHostAddressResolver resolver, TimeProvider time)
    {
        client = WebhookHttpClient.Create(new WebhookConnections(resolver, options.Value.AllowPrivateTargets));
        pipelines = new WebhookPipelines(options.Value, time);
        this.time = time;
        timeout = options.Value.AttemptTimeout;
    }

    /// <summary>
    /// Sends the message now, stamped and signed with the current time; <paramref name="messageId"/> is the same for every
    /// attempt. Throws only when <paramref name="cancellationToken"/> is cancelled (the service is stopping).
    /// </summary>
    public async Task<WebhookAttempt> SendAsync(WebhookEndpoint endpoint, string messageId, string body, CancellationToken cancellationToken)
    {
        var message = new WebhookMessage(messageId, time.GetUtcNow(), body);
        var started = time.GetTimestamp();
        try
        {
            var status = await pipelines.For(endpoint.Key).ExecuteAsync(token => PostAsync(endpoint, message, token), cancellationToken);
            return WebhookAttempt.Answered(status, time.GetElapsedTime(started));
        }
        catch (BrokenCircuitException open)
        {
            return WebhookAttempt.CircuitOpen(open.RetryAfter);
        }
        catch (TimeoutRejectedException)
        {
            return WebhookAttempt.TimedOut(timeout, time.GetElapsedTime(started));
        }
        catch (HttpRequestException failed)
        {
            return WebhookAttempt.NotConnected(failed, time.GetElapsedTime(started));
        }
    }

    private async ValueTask<int> PostAsync(WebhookEndpoint endpoint, WebhookMessage message, CancellationToken cancellationToken)
    {
        var signed = WebhookSignatures.Sign(message, endpoint.Secrets);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(message.Body, Json) };
        request.Headers.Add(WebhookSignatureHeaders.IdHeader, signed.Id);
        request.Headers.Add(WebhookSignatureHeaders.TimestampHeader, signed.Timestamp);
        request.Headers.Add(WebhookSignatureHeaders.SignatureHeader, signed.Signature);
        // Only the status matters: the body is never read, so an endpoint cannot make the attempt read a large answer.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return (int)response.StatusCode;
    }

    public void Dispose()
    {
        client.Dispose();
        pipelines.Dispose();
    }
}
