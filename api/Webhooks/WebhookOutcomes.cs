using Microsoft.Extensions.Options;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Saves what an attempt came to, with its row in the delivery log, in one transaction: delivered; tried again on the
/// retry schedule; failed for good after the last attempt or a 410; held back by an open circuit, which is no attempt.
/// A 410, or an endpoint that has failed every attempt for <see cref="WebhookOptions.DisableAfter"/>, disables the
/// webhook. Each save needs the lease still held: a delivery that another instance took over, or that was deleted with
/// its webhook, is left as it is.
/// </summary>
public sealed class WebhookOutcomes(IOptions<WebhookOptions> options, ILogger<WebhookOutcomes> logger)
{
    private static readonly string RecordType = EntityNodes.NameOf<Webhook>();

    private WebhookOptions Settings => options.Value;

    /// <summary>Settles a delivery whose owner may no longer hear of its event; true, as the next may follow.</summary>
    public async Task<bool> SkipAsync(NetworkGraphDbContext db, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        Settle(delivery, WebhookDeliveryStatus.Skipped);
        await SaveAsync(db, delivery, webhookChanges: null, cancellationToken);
        return true;
    }

    /// <summary>Saves the attempt; true when the webhook's next delivery may follow at once.</summary>
    public async Task<bool> SaveAsync(NetworkGraphDbContext db, Webhook webhook, WebhookDelivery delivery, WebhookAttempt attempt, DateTime started,
        CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        db.WebhookDeliveryAttempts.Add(new WebhookDeliveryAttempt
        {
            DeliveryId = delivery.Id, AttemptedAt = started, Outcome = attempt.Outcome, StatusCode = attempt.StatusCode,
            DurationMilliseconds = (int)Math.Min(attempt.Duration.TotalMilliseconds, int.MaxValue), Error = Shortened(attempt.Error),
        });
        if (attempt.Outcome == WebhookAttemptOutcome.CircuitOpen)
        {
            var until = now + (attempt.RetryAfter ?? Settings.CircuitBreakDuration);
            Release(delivery, until);
            // The webhook's other due deliveries wait for the circuit too, rather than each finding it open.
            await SaveAsync(db, delivery, () => db.WebhookDeliveries
                .Where(d => d.WebhookId == webhook.Id && d.Id != delivery.Id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt < until)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, until), cancellationToken), cancellationToken);
            return false;
        }
        delivery.Attempts++;
        if (attempt.Succeeded)
        {
            Settle(delivery, WebhookDeliveryStatus.Delivered);
            delivery.DeliveredAt = now;
            await SaveAsync(db, delivery, () => db.Webhooks.Where(w => w.Id == webhook.Id && w.FailingSince != null)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.FailingSince, (DateTime?)null), cancellationToken), cancellationToken);
            return true;
        }
        var delay = attempt.Gone ? null : WebhookRetrySchedule.NextDelay(delivery.Attempts, Random.Shared);
        if (delay is { } wait) Release(delivery, now + wait * Settings.RetryDelayScale);
        else Settle(delivery, WebhookDeliveryStatus.Failed);
        var failingSince = webhook.FailingSince ?? started;
        var disable = attempt.Gone ? WebhookDisabledReason.Gone
            : WebhookRetrySchedule.ShouldDisable(failingSince, now, Settings.DisableAfter) ? WebhookDisabledReason.Failing : (WebhookDisabledReason?)null;
        if (disable is { } reason) Audit(db, webhook, reason);
        await SaveAsync(db, delivery, async () =>
        {
            await db.Webhooks.Where(w => w.Id == webhook.Id && w.FailingSince == null)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.FailingSince, started), cancellationToken);
            if (disable is { } reason) await DisableAsync(db, webhook.Id, reason, now, cancellationToken);
        }, cancellationToken);
        return disable is null;
    }

    private static void Settle(WebhookDelivery delivery, WebhookDeliveryStatus status)
    {
        delivery.Status = status;
        Release(delivery, nextAttemptAt: null);
    }

    private static void Release(WebhookDelivery delivery, DateTime? nextAttemptAt) =>
        (delivery.NextAttemptAt, delivery.LeasedUntil, delivery.LeaseHolder) = (nextAttemptAt, null, null);

    /// <summary>
    /// Saves the delivery with its new log row, and <paramref name="webhookChanges"/> (statements of their own) in the
    /// same transaction. The lease is the delivery's concurrency token: a lost one changes nothing.
    /// </summary>
    private async Task SaveAsync(NetworkGraphDbContext db, WebhookDelivery delivery, Func<Task>? webhookChanges, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (webhookChanges is not null) await webhookChanges();
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            db.ChangeTracker.AcceptAllChanges();
        }
        catch (DbUpdateException unsaved)
        {
            // Taken over by another instance, deleted with its webhook meanwhile, or the database failed: in the last case
            // the lease lapses and the delivery is attempted again.
            logger.LogWarning(unsaved, "The outcome of webhook delivery {Delivery} was not saved.", delivery.Id);
        }
    }

    /// <summary>Disables the webhook unless it is disabled already; a change of its state, so its version moves on.</summary>
    private static Task<int> DisableAsync(NetworkGraphDbContext db, Guid webhookId, WebhookDisabledReason reason, DateTime now, CancellationToken cancellationToken) =>
        db.Webhooks.Where(w => w.Id == webhookId && w.Enabled).ExecuteUpdateAsync(set => set
            .SetProperty(w => w.Enabled, false)
            .SetProperty(w => w.DisabledReason, reason)
            .SetProperty(w => w.DisabledAt, now)
            .SetProperty(w => w.Version, w => w.Version + 1)
            .SetProperty(w => w.UpdatedAt, now)
            .SetProperty(w => w.UpdatedBy, Viewer.WebhookDelivery.Actor), cancellationToken);

    private static void Audit(NetworkGraphDbContext db, Webhook webhook, WebhookDisabledReason reason) =>
        AuditTrail.Audit(db, Viewer.WebhookDelivery, WebhookAudit.Disabled, RecordType, webhook.Id,
            new Dictionary<string, object?> { ["enabled"] = true, ["disabledReason"] = null },
            new Dictionary<string, object?> { ["enabled"] = false, ["disabledReason"] = reason.ToString() });

    private static string? Shortened(string? error) =>
        error is { Length: > WebhookDeliveryAttempt.MaxErrorLength } ? error[..(WebhookDeliveryAttempt.MaxErrorLength - 1)] + "…" : error;
}
