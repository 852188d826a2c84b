using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// The caller's webhooks and the delivery log of each, for administrators and partners; anyone else gets NOT_ALLOWED.
/// A webhook the caller may not see has no deliveries, exactly as one that does not exist.
/// </summary>
public sealed class WebhookQueries : IQueryFields
{
    private static readonly ListReaders Owners = new(access => access.MayOwnWebhooks, WebhookManagement.Refusal);

    public void AddTo(ObjectGraphType query)
    {
        RootFields.AddList<WebhookType, Webhook, WebhookFilter>(query, "webhooks",
            "The webhooks the caller may manage: an administrator all, a partner its organisation's; newest first unless ordered otherwise.",
            (access, db) => access.Webhooks(db), Owners);
        RootFields.AddList<WebhookDeliveryType, WebhookDelivery, WebhookDeliveryFilter>(query, "webhookDeliveries",
            "The deliveries of one of the caller's webhooks, with their attempts; newest first unless ordered otherwise.",
            context =>
            {
                var webhook = GlobalId.DecodeGuid(context.GetArgument<string>("webhook"), EntityNodes.NameOf<Webhook>());
                return (access, db) => db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == webhook && access.Webhooks(db).Any(w => w.Id == webhook));
            }, Owners)
            .Argument<NonNullGraphType<IdGraphType>>("webhook", "The webhook, by its global ID.");
    }
}
