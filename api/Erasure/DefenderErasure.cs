using NetworkGraph.Api.Access;
using NetworkGraph.Data.Audit;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Erasure;

/// <summary>
/// Erasure of a defender (GDPR Art. 17), in one transaction: the person, their edges, translations, revisions and search
/// entries are deleted; other records' revisions and audit events keep no ID, name or contact of theirs; and one audit
/// event says that an erasure happened, by whom and when — not whom it erased.
/// </summary>
public static class DefenderErasure
{
    public const string Action = "defender.erase";

    /// <summary>Erases the defender; false when there is none with the ID.</summary>
    public static async Task<bool> EraseAsync(NetworkGraphDbContext db, Viewer viewer, Guid id, CancellationToken cancellationToken)
    {
        var defender = await db.Defenders.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (defender is null) return false;
        // A retrying execution strategy runs the whole transaction again on a transient failure, never half of it.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await DeleteAsync(db, defender, cancellationToken);
            db.AuditEvents.Add(new AuditEvent { OccurredAt = db.Clock.GetUtcNow().UtcDateTime, Actor = viewer.Actor, Action = Action, RecordType = "Defender" });
            await db.SaveChangesAsync(cancellationToken);
            await SearchIndex.CompactAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return true;
    }

    private static async Task DeleteAsync(NetworkGraphDbContext db, Defender defender, CancellationToken cancellationToken)
    {
        var id = defender.Id;
        await db.Memberships.Where(m => m.DefenderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Affiliations.Where(a => a.DefenderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Participations.Where(p => p.DefenderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProposalParties.Where(p => p.DefenderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.LocalizedTexts.Where(t => t.OwnerId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Revisions.Where(r => r.RecordId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SearchEntries.Where(e => e.RecordId == id).ExecuteDeleteAsync(cancellationToken);
        await db.AuditEvents.Where(a => a.RecordId == id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.RecordId, (Guid?)null).SetProperty(a => a.Details, (string?)null), cancellationToken);
        await ForgetInOtherRecordsAsync(db, defender, cancellationToken);
        // The join rows of the defender's countries, themes and campaigns go with it (cascade).
        await db.Defenders.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Other records' revisions may name the defender by global ID (a campaign's defenders): the ID is replaced. Audit
    /// events of other records that mention the person (an edge's ends, a changed text) lose their details.
    /// </summary>
    private static async Task ForgetInOtherRecordsAsync(NetworkGraphDbContext db, Defender defender, CancellationToken cancellationToken)
    {
        var globalId = GlobalId.Encode("Defender", defender.Id.ToString("N"));
        await db.Revisions.Where(r => r.Snapshot.Contains(globalId))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Snapshot, r => r.Snapshot.Replace(globalId, "erased")), cancellationToken);
        foreach (var trace in Traces(defender, globalId))
            await db.AuditEvents.Where(a => a.Details != null && a.Details.Contains(trace))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Details, (string?)null), cancellationToken);
    }

    /// <summary>What identifies the person in text: their IDs, names and contact.</summary>
    private static IEnumerable<string> Traces(Defender defender, string globalId) =>
        new[] { globalId, defender.Id.ToString("N"), defender.Id.ToString("D"), defender.Slug, defender.Alias, defender.LegalName, defender.Contact }
            .OfType<string>().Where(trace => trace.Length >= 3);
}
