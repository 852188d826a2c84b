using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>Whether a webhook's owner may hear of an event, by the owner's access rules (<see cref="AccessRules.OfWebhookOwner"/>).</summary>
public static class WebhookOwners
{
    public static Task<bool> MayHearOfAsync(NetworkGraphDbContext db, Guid? organisationId, ChangeEvent change, CancellationToken cancellationToken) =>
        new ChangeAudience(AccessRules.OfWebhookOwner(organisationId)).MayHearOfAsync(db, change, cancellationToken);

    /// <summary>Whether the owner may still hear of a delivery's event, read again from the change log.</summary>
    public static async Task<bool> MayHearOfAsync(NetworkGraphDbContext db, Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var logged = await db.ChangeLog.FirstOrDefaultAsync(c => c.Sequence == delivery.EventSequence, cancellationToken);
        return logged is not null && ChangeEvent.From(logged) is { } change && await MayHearOfAsync(db, webhook.OrganisationId, change, cancellationToken);
    }
}
