using Microsoft.Extensions.Time.Testing;
using NetworkGraph.Api.Webhooks;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// The circuit of one endpoint, on a clock that moves only when told. An endpoint that recovers is an endpoint key whose
/// URL now leads to a path that answers 200.
/// </summary>
public sealed class WebhookCircuitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private WebhookReceiver receiver = null!;
    private WebhookSender sender = null!;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync();
        sender = Senders.Create(options =>
        {
            options.CircuitMinimumThroughput = 2;
            options.CircuitFailureRatio = 0.5;
            options.CircuitSamplingDuration = TimeSpan.FromMinutes(1);
            options.CircuitBreakDuration = TimeSpan.FromSeconds(30);
            options.CircuitMaxBreakDuration = TimeSpan.FromSeconds(90);
        }, clock);
    }

    public async Task DisposeAsync()
    {
        sender.Dispose();
        await receiver.DisposeAsync();
    }

    private WebhookEndpoint Endpoint(string endpointKey, string path) => new(endpointKey, receiver.Url(path), [WebhookSecrets.Create()]);

    private Task<WebhookAttempt> SendAsync(string endpointKey, string path) =>
        sender.SendAsync(Endpoint(endpointKey, path), "msg_circuit", "{}", CancellationToken.None);

    private Task<List<WebhookAttemptOutcome>> SendAsync(string endpointKey, string path, int attempts) =>
        sender.OutcomesAsync(Endpoint(endpointKey, path), attempts);

    private static WebhookAttempt Open(TimeSpan retryAfter) => WebhookAttempt.CircuitOpen(retryAfter);

    [Theory]
    [InlineData("/status/500")]
    [InlineData("/status/503")]
    [InlineData("/status/429")]
    public async Task Repeated_failures_open_the_circuit_and_the_next_attempt_is_not_sent(string path)
    {
        Assert.Equal([WebhookAttemptOutcome.HttpError, WebhookAttemptOutcome.HttpError], await SendAsync("failing", path, 2));

        Assert.Equal(Open(TimeSpan.FromSeconds(30)), await SendAsync("failing", path));
        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal("Circuit open: recent attempts to this endpoint failed; not sent", WebhookAttempt.CircuitOpen(null).Error);
    }

    [Fact]
    public async Task Connection_failures_open_the_circuit()
    {
        var unreachable = new WebhookEndpoint("unreachable", WebhookReceiver.ClosedPortUrl(), [WebhookSecrets.Create()]);

        Assert.Equal([WebhookAttemptOutcome.ConnectionFailed, WebhookAttemptOutcome.ConnectionFailed, WebhookAttemptOutcome.CircuitOpen],
            await sender.OutcomesAsync(unreachable, 3));
    }

    [Fact]
    public async Task Answers_that_are_the_endpoints_choice_do_not_open_the_circuit() =>
        Assert.Equal(Enumerable.Repeat(WebhookAttemptOutcome.HttpError, 4), await SendAsync("choosing", "/status/404", 4));

    [Fact]
    public async Task The_circuit_of_one_endpoint_leaves_the_others_alone()
    {
        await SendAsync("failing", "/status/500", 2);

        Assert.Equal(WebhookAttemptOutcome.CircuitOpen, (await SendAsync("failing", "/status/200")).Outcome);
        Assert.Equal(WebhookAttemptOutcome.Delivered, (await SendAsync("healthy", "/status/200")).Outcome);
    }

    [Fact]
    public async Task After_the_break_a_successful_trial_closes_the_circuit()
    {
        await SendAsync("recovering", "/status/500", 2);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(Open(TimeSpan.FromSeconds(1)), await SendAsync("recovering", "/status/200"));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([WebhookAttemptOutcome.Delivered, WebhookAttemptOutcome.Delivered], await SendAsync("recovering", "/status/200", 2));
        Assert.Equal(4, receiver.Received.Count);
    }

    [Fact]
    public async Task Each_failed_trial_doubles_the_break_up_to_the_longest()
    {
        await SendAsync("down", "/status/500", 2);
        var breaks = new List<WebhookAttempt>();
        foreach (var wait in new[] { 30, 60, 90, 90 })
        {
            clock.Advance(TimeSpan.FromSeconds(wait));
            Assert.Equal(WebhookAttemptOutcome.HttpError, (await SendAsync("down", "/status/500")).Outcome);
            breaks.Add(await SendAsync("down", "/status/500"));
        }

        Assert.Equal([Open(TimeSpan.FromSeconds(60)), Open(TimeSpan.FromSeconds(90)), Open(TimeSpan.FromSeconds(90)), Open(TimeSpan.FromSeconds(90))], breaks);
        Assert.Equal(6, receiver.Received.Count);
    }
}
