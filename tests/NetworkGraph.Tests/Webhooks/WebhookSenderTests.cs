using NetworkGraph.Api.Webhooks;
using NetworkGraph.Data.Webhooks;
using StandardWebhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>Single attempts to a real local receiver.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private const string Body = """{"type":"coalition.published","data":{"id":"Q29hbGl0aW9uOjc="}}""";
    private readonly string secret = WebhookSecrets.Create();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    private WebhookEndpoint Endpoint(string path, params string[] secrets) =>
        new($"endpoint{path}", receiver.Url(path), secrets.Length > 0 ? secrets : [secret]);

    [Fact]
    public async Task A_2xx_is_delivered_with_headers_that_the_standard_webhooks_library_verifies()
    {
        var clock = Senders.StoppedClock();
        using var sender = Senders.Create(time: clock);

        var attempt = await sender.SendAsync(Endpoint("/status/204"), "msg_2mQkXr5", Body, CancellationToken.None);

        Assert.Equal(new WebhookAttempt(WebhookAttemptOutcome.Delivered, 204, TimeSpan.Zero, null), attempt);
        Assert.True(attempt.Succeeded);
        var request = Assert.Single(receiver.Received);
        Assert.Equal(("/status/204", Body), (request.Path, request.Body));
        Assert.Equal("msg_2mQkXr5", request.Headers["webhook-id"]);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(), request.Headers["webhook-timestamp"]);
        Assert.Equal("application/json", request.Headers.ContentType);
        Assert.Equal(WebhookHttpClient.UserAgent, request.Headers.UserAgent);
        new StandardWebhook(secret).Verify(request.Body, request.Headers);
    }

    [Fact]
    public async Task During_a_rotation_the_delivery_verifies_with_the_current_and_with_the_previous_secret()
    {
        var previous = WebhookSecrets.Create();
        using var sender = Senders.Create();

        await sender.SendAsync(Endpoint("/status/200", secret, previous), "msg_rotation", Body, CancellationToken.None);

        var request = Assert.Single(receiver.Received);
        Assert.Equal(0, PackageVerifier.VerifiedSignature(secret, request.Body, request.Headers));
        Assert.Equal(1, PackageVerifier.VerifiedSignature(previous, request.Body, request.Headers));
    }

    [Theory]
    [InlineData(500, "HTTP 500")]
    [InlineData(404, "HTTP 404")]
    [InlineData(429, "HTTP 429")]
    [InlineData(302, "HTTP 302: redirects are not followed")]
    public async Task Another_status_fails_with_that_status(int status, string error)
    {
        using var sender = Senders.Create(time: Senders.StoppedClock());

        var attempt = await sender.SendAsync(Endpoint($"/status/{status}"), "msg_failed", Body, CancellationToken.None);

        Assert.Equal(new WebhookAttempt(WebhookAttemptOutcome.HttpError, status, TimeSpan.Zero, error), attempt);
        Assert.False(attempt.Gone);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_410_is_reported_as_gone()
    {
        using var sender = Senders.Create(time: Senders.StoppedClock());

        var attempt = await sender.SendAsync(Endpoint("/status/410"), "msg_gone", Body, CancellationToken.None);

        Assert.Equal(new WebhookAttempt(WebhookAttemptOutcome.HttpError, 410, TimeSpan.Zero, "HTTP 410"), attempt);
        Assert.True(attempt.Gone);
    }

    [Fact]
    public async Task A_receiver_slower_than_the_timeout_fails_as_a_timeout_while_other_endpoints_are_delivered_meanwhile()
    {
        using var sender = Senders.Create(options => options.AttemptTimeout = TimeSpan.FromSeconds(2));

        var slow = sender.SendAsync(Endpoint("/slow"), "msg_slow", Body, CancellationToken.None);
        await receiver.SlowRequestArrived;
        var other = await sender.SendAsync(Endpoint("/status/200"), "msg_other", Body, CancellationToken.None);

        Assert.Equal(WebhookAttemptOutcome.Delivered, other.Outcome);
        Assert.False(slow.IsCompleted);
        var timedOut = await slow;
        Assert.Equal((WebhookAttemptOutcome.Timeout, (int?)null, "Timed out after 2 s"), (timedOut.Outcome, timedOut.StatusCode, timedOut.Error));
        Assert.InRange(timedOut.Duration, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_closed_port_fails_with_connection_refused()
    {
        using var sender = Senders.Create(time: Senders.StoppedClock());

        var attempt = await sender.SendAsync(new WebhookEndpoint("closed", WebhookReceiver.ClosedPortUrl(), [secret]),
            "msg_closed", Body, CancellationToken.None);

        Assert.Equal(new WebhookAttempt(WebhookAttemptOutcome.ConnectionFailed, null, TimeSpan.Zero, "Connection refused"), attempt);
    }

    [Theory]
    [InlineData("/reset", "Connection reset")]
    [InlineData("/close", "Connection closed before a response")]
    public async Task A_connection_broken_by_the_receiver_fails_with_a_connection_error(string path, string error)
    {
        using var sender = Senders.Create(time: Senders.StoppedClock());

        var attempt = await sender.SendAsync(Endpoint(path), "msg_broken", Body, CancellationToken.None);

        Assert.Equal(new WebhookAttempt(WebhookAttemptOutcome.ConnectionFailed, null, TimeSpan.Zero, error), attempt);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_tls_handshake_with_a_plain_http_receiver_fails_as_tls()
    {
        using var sender = Senders.Create(time: Senders.StoppedClock());

        var attempt = await sender.SendAsync(new WebhookEndpoint("tls", new Uri($"https://127.0.0.1:{receiver.Port}/status/200"), [secret]),
            "msg_tls", Body, CancellationToken.None);

        Assert.Equal((WebhookAttemptOutcome.TlsFailed, (int?)null), (attempt.Outcome, attempt.StatusCode));
        Assert.StartsWith("TLS failed: ", attempt.Error);
    }
}
