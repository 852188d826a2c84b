using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Webhooks;

/// <summary>
/// One event for one webhook, stored from the moment it is dispatched until it is delivered, has failed for good, or is
/// skipped. Its message id (<see cref="MessageId"/>) is the same for every attempt and every redelivery.
/// </summary>
public sealed class WebhookDelivery : IIdentified
{
    public const string MessageIdPrefix = "msg_";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WebhookId { get; set; }
    public Webhook? Webhook { get; set; }

    /// <summary>The event's entry in the change log.</summary>
    public long EventSequence { get; set; }
    public string EventType { get; set; } = "";

    /// <summary>The JSON body sent on every attempt.</summary>
    public string Body { get; set; } = "";

    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Attempts since it was last queued; an attempt the circuit breaker held back does not count.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once the delivery is settled.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Until when an instance holds the delivery to attempt it, so that no other attempts it meanwhile.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>Who holds the lease: a token of the instance's claim, checked when the outcome is saved.</summary>
    public Guid? LeaseHolder { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }

    public string MessageId => MessageIdPrefix + Id.ToString("N");
}

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>The last attempt failed, or the endpoint answered 410 Gone.</summary>
    Failed,

    /// <summary>Not sent: when it was due, the webhook's owner could no longer hear of the event.</summary>
    Skipped,
}

/// <summary>One attempt to send a delivery, as the delivery log shows it.</summary>
public sealed class WebhookDeliveryAttempt
{
    public const int MaxErrorLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeliveryId { get; set; }
    public DateTime AttemptedAt { get; set; }
    public WebhookAttemptOutcome Outcome { get; set; }
    public int? StatusCode { get; set; }
    public int DurationMilliseconds { get; set; }
    public string? Error { get; set; }
}

public enum WebhookAttemptOutcome
{
    /// <summary>The endpoint answered with a 2xx status.</summary>
    Delivered,

    /// <summary>The endpoint answered with another status, a redirect included.</summary>
    HttpError,

    Timeout,

    /// <summary>No connection, or it broke: refused, reset, closed early or the host not found.</summary>
    ConnectionFailed,

    TlsFailed,

    /// <summary>Not sent: the target is not a public address.</summary>
    TargetRefused,

    /// <summary>Not sent: the endpoint's circuit is open after repeated failures.</summary>
    CircuitOpen,

    /// <summary>The service stopped while the attempt was under way: the endpoint may or may not have received it.</summary>
    Interrupted,
}
