using NetworkGraph.Data.Audit;
using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Erasure;

/// <summary>
/// Erasure of a defender (GDPR Art. 17), in one transaction: the person, their edges, translations, revisions and search
/// entries are deleted; other records' revisions and audit events keep no ID, name or contact of theirs; and one audit
/// event says that an erasure happened, by whom and when — not whom it erased.
/// </summary>
public sealed class DefenderErasure(AccessRules access, IDbContextFactory<NetworkGraphDbContext> contexts)
{
    public const string Action = "defender.erase";

    private static readonly string RecordType = EntityNodes.NameOf<Defender>();
    private static readonly string IdField = Naming.LowerCamel(nameof(EraseDefenderInput.Id));
    private static readonly string AliasField = Naming.LowerCamel(nameof(EraseDefenderInput.ConfirmAlias));
    private static readonly NotFoundError NoSuchDefender = new("No such defender.", ["input", IdField]);

    /// <summary>Erases the defender of the input's ID, if the input names them twice: by the ID and by their alias.</summary>
    public async Task<ErasurePayload> EraseAsync(EraseDefenderInput input, CancellationToken cancellationToken)
    {
        if (!access.MayErase) return ErasurePayload.Failed(new NotAllowedError("Only administrators may erase a defender."));
        if (!EntityNodes.TryDecode<Defender>(input.Id, out var id))
            return ErasurePayload.Failed(new ValidationError($"'{IdField}' is not a defender ID.", ["input", IdField]));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alias = await db.Defenders.Where(d => d.Id == id).Select(d => d.Alias).FirstOrDefaultAsync(cancellationToken);
        if (alias is null) return ErasurePayload.Failed(NoSuchDefender);
        if (!string.Equals(alias, input.ConfirmAlias, StringComparison.Ordinal))
            return ErasurePayload.Failed(new ValidationError($"'{AliasField}' is not the defender's alias: nothing was erased.", ["input", AliasField]));
        return await EraseInOneTransactionAsync(db, id, cancellationToken) ? new ErasurePayload(input.Id, []) : ErasurePayload.Failed(NoSuchDefender);
    }

    /// <summary>Erases the defender; false when there is none with the ID.</summary>
    private async Task<bool> EraseInOneTransactionAsync(NetworkGraphDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var defender = await db.Defenders.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (defender is null) return false;
        // A retrying execution strategy runs the whole transaction again on a transient failure, never half of it.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ChangeLog.LockAsync(db, cancellationToken);
            await DeleteAsync(db, defender, cancellationToken);
            db.AuditEvents.Add(new AuditEvent { OccurredAt = db.Clock.GetUtcNow().UtcDateTime, Actor = access.Viewer.Actor, Action = Action, RecordType = RecordType });
            // The log names nobody either: readers of it rebuild what they hold from the database.
            ChangeLog.Record(db, RecordType, recordId: null, ChangeKind.Erased);
            await db.SaveChangesAsync(cancellationToken);
            await SearchIndex.CompactAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        ChangeLog.Committed(db);
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
        await db.ChangeLog.Where(c => c.RecordId == id || c.FromId == id || c.ToId == id).ExecuteDeleteAsync(cancellationToken);
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
        var globalId = EntityNodes.IdOf<Defender>(defender.Id);
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
