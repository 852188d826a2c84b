using Microsoft.Extensions.Options;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Sends due deliveries. An instance first leases a delivery, so that no other instance on the database attempts it
/// meanwhile; then it checks that the owner may still hear of the event (or skips it), sends it with the webhook's
/// signing secrets, and saves the outcome with <see cref="WebhookOutcomes"/> — only while it still holds the lease.
/// </summary>
public sealed class WebhookDeliveries(IDbContextFactory<NetworkGraphDbContext> contexts, WebhookSender sender, WebhookOutcomes outcomes,
    IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDeliveries> logger)
{
    /// <summary>How long a lease lasts: an attempt, and time to save what it came to. A crashed instance's lease lapses after it.</summary>
    private TimeSpan Lease => options.Value.AttemptTimeout + TimeSpan.FromMinutes(1);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The enabled webhooks with deliveries due, apart from <paramref name="busy"/>, those that waited longest first.</summary>
    public async Task<List<Guid>> DueWebhooksAsync(Guid[] busy, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Due(db, Now).Where(d => d.Webhook!.Enabled && !busy.Contains(d.WebhookId))
            .GroupBy(d => d.WebhookId)
            .Select(webhook => new { webhook.Key, Since = webhook.Min(d => d.NextAttemptAt) })
            .OrderBy(webhook => webhook.Since)
            .Take(max)
            .Select(webhook => webhook.Key)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Attempts the webhook's next due delivery; true when the next one may follow at once, false when none is due, the
    /// circuit is open or the webhook was disabled.
    /// </summary>
    public async Task<bool> SendNextAsync(Guid webhookId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var holder = Guid.NewGuid();
        if (await ClaimAsync(db, webhookId, holder, cancellationToken) is not { } delivery) return false;
        DateTime? started = null;
        try
        {
            var webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId && w.Enabled, cancellationToken);
            if (webhook is null)
            {
                await ReleaseAsync(delivery.Id, holder, interruptedAttempt: null);
                return false;
            }
            if (!await WebhookOwners.MayHearOfAsync(db, webhook, delivery, cancellationToken))
                return await outcomes.SkipAsync(db, delivery, cancellationToken);
            started = Now;
            var attempt = await sender.SendAsync(Endpoint(webhook, started.Value), delivery.MessageId, delivery.Body, cancellationToken);
            return await outcomes.SaveAsync(db, webhook, delivery, attempt, started.Value, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The service is stopping: let another instance, or the next start, attempt it at once.
            await ReleaseAsync(delivery.Id, holder, started);
            throw;
        }
    }

    private static IQueryable<WebhookDelivery> Due(NetworkGraphDbContext db, DateTime now) =>
        db.WebhookDeliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now));

    /// <summary>Leases the webhook's delivery that has been due longest, oldest event first; null when none is due.</summary>
    private async Task<WebhookDelivery?> ClaimAsync(NetworkGraphDbContext db, Guid webhookId, Guid holder, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = Now;
            var next = await Due(db, now).Where(d => d.WebhookId == webhookId)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.EventSequence).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (next is not { } id) return null;
            var until = now + Lease;
            var leased = await Due(db, now).Where(d => d.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeasedUntil, until).SetProperty(d => d.LeaseHolder, holder), cancellationToken);
            // Another instance leased it first: try the next one.
            if (leased == 1) return await db.WebhookDeliveries.AsTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        }
    }

    /// <summary>Gives the lease back; an attempt the service stopped in the middle of is logged, as its endpoint may have received it.</summary>
    private async Task ReleaseAsync(Guid deliveryId, Guid holder, DateTime? interruptedAttempt)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            var released = await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.LeaseHolder == holder)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeasedUntil, (DateTime?)null).SetProperty(d => d.LeaseHolder, (Guid?)null));
            if (released == 0 || interruptedAttempt is not { } started) return;
            db.WebhookDeliveryAttempts.Add(new WebhookDeliveryAttempt
            {
                DeliveryId = deliveryId, AttemptedAt = started, Outcome = WebhookAttemptOutcome.Interrupted,
                DurationMilliseconds = (int)(Now - started).TotalMilliseconds, Error = "The service stopped during the attempt.",
            });
            await db.SaveChangesAsync();
        }
        catch (Exception exception)
        {
            logger.LogInformation(exception, "The lease of webhook delivery {Delivery} is left to lapse.", deliveryId);
        }
    }

    /// <summary>The endpoint as the sender needs it: its circuit is its webhook's at its current URL; the previous secret signs while the overlap lasts.</summary>
    private static WebhookEndpoint Endpoint(Webhook webhook, DateTime now) => new($"{webhook.Id:N} {webhook.Url}", new Uri(webhook.Url),
        webhook is { PreviousSecret: { } previous, PreviousSecretUntil: { } until } && until > now ? [webhook.Secret, previous] : [webhook.Secret]);
}
