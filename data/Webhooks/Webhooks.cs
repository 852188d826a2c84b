using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Webhooks;

public sealed class WebhookSubscription : Entity
{
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string Url { get; set; } = "";
    /// <summary>The HMAC-SHA256 signing secret.</summary>
    public string Secret { get; set; } = "";
    /// <summary>Space-separated topics, e.g. "campaign.published proposal.status".</summary>
    public string Topics { get; set; } = "";
    public bool Active { get; set; } = true;
}

/// <summary>A change that others care about, written in the same transaction as the change.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Topic { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
}

public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SubscriptionId { get; set; }
    public WebhookSubscription? Subscription { get; set; }
    public Guid OutboxMessageId { get; set; }
    public OutboxMessage? OutboxMessage { get; set; }
    public int Attempt { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public bool Succeeded { get; set; }
    public DateTime AttemptedAt { get; set; }
}
