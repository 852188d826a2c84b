using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryType()
    {
        Name = nameof(WebhookDelivery);
        Description = "One event for one webhook: the message sent, where it stands, and the log of its attempts.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(Name, context.Source.Id.ToString("N")));
        Field<NonNullGraphType<StringGraphType>>("messageId")
            .Description("The message's `webhook-id` header: the same on every attempt and every redelivery, so that a receiver can drop repeats.")
            .Reads(nameof(WebhookDelivery.Id))
            .Resolve(context => context.Source.MessageId);
        Field(d => d.EventType).Description("The event, e.g. \"content.published\".");
        Field(d => d.EventSequence).Description("The event's number in the change log, as the payload's `data.sequence` gives it.");
        Field(d => d.Status);
        Field<NonNullGraphType<IntGraphType>>("attemptCount")
            .Description("Attempts since it was last queued; one the circuit breaker held back does not count.")
            .Reads(nameof(WebhookDelivery.Attempts))
            .Resolve(context => context.Source.Attempts);
        Field(d => d.NextAttemptAt, nullable: true).Description("When the next attempt is due; null once it is delivered, failed for good or skipped.");
        Field(d => d.CreatedAt).Description("When the event was queued for the webhook.");
        Field(d => d.DeliveredAt, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("payload").Description("The JSON body of every attempt.")
            .Reads(nameof(WebhookDelivery.Body))
            .Resolve(context => context.Source.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryAttemptType>>>>("attempts")
            .Description("The delivery log: every attempt, oldest first.")
            .Resolve(context => context.Loaders().Many<Guid, WebhookDeliveryAttempt>("webhook-delivery-attempts", context.Source.Id, (db, _, keys) =>
                db.WebhookDeliveryAttempts.Where(a => keys.Contains(a.DeliveryId))
                    .OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id)
                    .Select(a => new Keyed<Guid, WebhookDeliveryAttempt>(a.DeliveryId, a))));
    }
}

public sealed class WebhookDeliveryAttemptType : ObjectGraphType<WebhookDeliveryAttempt>
{
    public WebhookDeliveryAttemptType()
    {
        Name = nameof(WebhookDeliveryAttempt);
        Description = "One attempt to send a delivery: CIRCUIT_OPEN ones were held back, not sent; INTERRUPTED ones were cut short as the service stopped, and may have arrived.";
        Field(a => a.AttemptedAt).Description("When it was sent.");
        Field(a => a.Outcome);
        Field(a => a.StatusCode, nullable: true).Description("The endpoint's HTTP status; null when it gave none.");
        Field(a => a.DurationMilliseconds).Description("From connecting to the response's headers.");
        Field(a => a.Error, nullable: true).Description("What went wrong; null when it was delivered.");
    }
}
