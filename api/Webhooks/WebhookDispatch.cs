using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Turns the change log into deliveries. It reads the entries after the stored cursor and, for each event and each
/// enabled webhook that subscribes to its type, existed when it happened and whose owner may hear of it, queues a
/// delivery — in the transaction that moves the cursor, so that a crash neither loses nor doubles one. Instances on one
/// database may read the same entries: only the one that moves the cursor on from where it found it commits.
/// </summary>
public sealed class WebhookDispatch(IDbContextFactory<NetworkGraphDbContext> contexts, ILogger<WebhookDispatch> logger)
{
    public const int BatchSize = 500;

    private sealed record Subscriber(Guid Id, Guid? OrganisationId, List<string> Events, DateTime CreatedAt);

    /// <summary>Dispatches the log's next entries; returns how many it read, so that a full batch says more may be waiting.</summary>
    public async Task<int> DispatchNextAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CursorAsync(db, cancellationToken) is not { } cursor) return 0;
        var changes = await ChangeLog.AfterAsync(db, cursor, BatchSize, cancellationToken);
        if (changes.Count == 0) return 0;
        var deliveries = await DeliveriesAsync(db, [.. changes.Select(ChangeEvent.From).OfType<ChangeEvent>()], cancellationToken);
        return await MoveCursorAsync(db, cursor, changes[^1].Sequence, deliveries, cancellationToken) ? changes.Count : 0;
    }

    /// <summary>Where dispatch stands; on the first run, the log's end, as no webhook existed before.</summary>
    private async Task<long?> CursorAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        if (await db.WebhookDispatchCursor.FirstOrDefaultAsync(cancellationToken) is { } row) return row.Sequence;
        db.WebhookDispatchCursor.Add(new WebhookDispatchCursor { Sequence = await ChangeLog.LatestAsync(db, cancellationToken) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Another instance began dispatching webhooks at the same moment; reading its cursor at the next poll.");
            return null;
        }
        return await CursorAsync(db, cancellationToken);
    }

    private static async Task<List<WebhookDelivery>> DeliveriesAsync(NetworkGraphDbContext db, List<ChangeEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return [];
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var subscribers = await db.Webhooks.Where(w => w.Enabled)
            .Select(w => new Subscriber(w.Id, w.OrganisationId, w.Events, w.CreatedAt)).ToListAsync(cancellationToken);
        var deliveries = new List<WebhookDelivery>();
        foreach (var change in events)
        {
            // Owners of the same standing hear of the same events: the administrators, or one partner organisation.
            var heard = new Dictionary<Guid, bool>();
            foreach (var subscriber in subscribers.Where(s => s.Events.Contains(change.Type) && s.CreatedAt <= change.OccurredAt))
            {
                var owner = subscriber.OrganisationId ?? Guid.Empty;
                if (!heard.TryGetValue(owner, out var mayHear))
                    heard[owner] = mayHear = await WebhookOwners.MayHearOfAsync(db, subscriber.OrganisationId, change, cancellationToken);
                if (!mayHear) continue;
                deliveries.Add(new WebhookDelivery
                {
                    WebhookId = subscriber.Id, EventSequence = change.Sequence, EventType = change.Type, Body = WebhookEventBody.Of(change),
                    CreatedAt = now, NextAttemptAt = now,
                });
            }
        }
        return deliveries;
    }

    /// <summary>Moves the cursor and queues the deliveries together; false when another instance moved the cursor first.</summary>
    private static async Task<bool> MoveCursorAsync(NetworkGraphDbContext db, long from, long to, List<WebhookDelivery> deliveries,
        CancellationToken cancellationToken)
    {
        var moved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.WebhookDispatchCursor.Where(c => c.Id == WebhookDispatchCursor.TheRow && c.Sequence == from)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Sequence, to), cancellationToken);
            if (rows == 0) return false;
            db.WebhookDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
        db.ChangeTracker.AcceptAllChanges();
        return moved;
    }
}
