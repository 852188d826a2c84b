using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Changes;

/// <summary>
/// The change log: what changed, in the order it committed. A reader asking for "everything after N" must never miss a
/// change that commits later with a lower number, so writers to the log are serialised: a saving transaction takes the
/// log's lock before it writes (PostgreSQL and SQL Server: a transaction-scoped application lock; SQLite lets one
/// transaction write at a time anyway), and numbers are drawn and committed one transaction after another.
/// </summary>
public static class ChangeLog
{
    /// <summary>The lock's key on PostgreSQL; any constant, the same in every instance.</summary>
    private const long PostgresLock = 0x4E47_4348_414E_4745;

    /// <summary>The PostgreSQL channel on which a transaction that holds the log's lock announces its commit to the instances that listen.</summary>
    public const string Channel = "networkgraph_changes";

    /// <summary>The record type under which a load of many records is logged.</summary>
    public const string Everything = "*";

    /// <summary>Logs, in a transaction of its own, that many records were written at once: readers read everything again.</summary>
    public static Task LoadedAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        Record(db, Everything, recordId: null, ChangeKind.Loaded);
        return SaveAsync(db, alsoInTransaction: null, cancellationToken);
    }

    /// <summary>
    /// Notes a change, to be written when the context saves through <see cref="SaveAsync"/>: a tie's with its
    /// <paramref name="ends"/>, and one that takes its subject out of sight with who could see it before (<see cref="LoggedChange.SeenBefore"/>).
    /// </summary>
    public static void Record(NetworkGraphDbContext db, string recordType, Guid? recordId, ChangeKind kind,
        (Guid From, Guid To)? ends = null, Visibility? seenBefore = null) =>
        db.ChangeLog.Add(new LoggedChange
        {
            RecordType = recordType, RecordId = recordId, Kind = kind, OccurredAt = db.Clock.GetUtcNow().UtcDateTime,
            FromId = ends?.From, ToId = ends?.To, SeenBefore = seenBefore,
        });

    /// <summary>
    /// Saves the context's changes, the log's entries among them, in one transaction that holds the log's lock;
    /// <paramref name="alsoInTransaction"/> runs after the save and before the commit (a search reindex, say). A retrying
    /// execution strategy may run it all again on a transient failure: the changes are accepted only after the commit.
    /// </summary>
    public static async Task SaveAsync(NetworkGraphDbContext db, Func<Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        var logged = db.ChangeTracker.Entries<LoggedChange>().Any();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAsync(db, cancellationToken);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            if (alsoInTransaction is not null) await alsoInTransaction();
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
        if (logged) Committed(db);
    }

    /// <summary>Tells the application's listener that a transaction with changes to the log has committed.</summary>
    public static void Committed(NetworkGraphDbContext db) => db.ChangeLogListener?.Committed();

    /// <summary>
    /// Takes the log's lock for the rest of the current transaction. On PostgreSQL the same statement announces the
    /// transaction on <see cref="Channel"/>: listeners hear of it when, and only if, it commits.
    /// </summary>
    public static Task LockAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            return db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLock}), pg_notify('{Channel}', '')", cancellationToken);
        if (db.Database.IsSqlServer())
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = 'NetworkGraph.ChangeLog', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>The changes after <paramref name="sequence"/>, in order, at most <paramref name="max"/>.</summary>
    public static Task<List<LoggedChange>> AfterAsync(NetworkGraphDbContext db, long sequence, int max, CancellationToken cancellationToken) =>
        db.ChangeLog.Where(c => c.Sequence > sequence).OrderBy(c => c.Sequence).Take(max).ToListAsync(cancellationToken);

    /// <summary>The number of the latest change, 0 when there is none: a cheap read of the key's end.</summary>
    public static async Task<long> LatestAsync(NetworkGraphDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
}
