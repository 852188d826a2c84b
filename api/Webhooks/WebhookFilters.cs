using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

public sealed class WebhookFilter : FilterDeclaration<Webhook, FilterScope>
{
    public WebhookFilter()
    {
        Id(w => w.Id);
        Text(w => w.Url, "Where deliveries are sent.");
        Comparable<DateTime, DateTimeGraphType>(w => w.CreatedAt, "When the webhook was made.");
        DefaultOrder = [new Dictionary<string, object?> { ["createdAt"] = SortDirection.Desc }];
    }
}

public sealed class WebhookDeliveryFilter : FilterDeclaration<WebhookDelivery, FilterScope>
{
    public WebhookDeliveryFilter()
    {
        Id(d => d.Id);
        Choice(d => d.Status, "Where the delivery stands.");
        Text(d => d.EventType, "The event, e.g. \"tie.added\".");
        Comparable<long, LongGraphType>(d => d.EventSequence, "The event's number in the change log.");
        Comparable<DateTime, DateTimeGraphType>(d => d.CreatedAt, "When the event was queued for the webhook.");
        DefaultOrder = [new Dictionary<string, object?> { ["createdAt"] = SortDirection.Desc }];
    }
}
