using System.Diagnostics;
using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Holds the network in memory and keeps it current. It is built from the database when first asked for, then follows
/// the change log: the records each change names are read again and the views rebuilt, and the new snapshot replaces the
/// old one whole (a view whose audience sees no difference is kept). An erasure, which names nobody, makes it read
/// everything again. Changes committed on this instance are applied before the next read of the network; those of other
/// instances when <see cref="NetworkFollower"/> polls.
/// </summary>
public sealed class NetworkEngine(IDbContextFactory<NetworkGraphDbContext> contexts, ChangeSignal signal, ILogger<NetworkEngine> logger) : IDisposable
{
    /// <summary>How many changes are read from the log at a time.</summary>
    private const int Batch = 10_000;

    private readonly SemaphoreSlim gate = new(1, 1);
    private NetworkRecords? records;
    private volatile NetworkSnapshot? snapshot;

    /// <summary>How many of this instance's commits the snapshot reflects (<see cref="ChangeSignal.Commits"/> when the log was last read).</summary>
    private long commitsApplied = -1;

    /// <summary>The network as it is now, with every change this instance committed applied.</summary>
    public Task<NetworkSnapshot> CurrentAsync(CancellationToken cancellationToken) =>
        IsCurrent(out var current) ? Task.FromResult(current) : CatchUpAsync(unlessCurrent: true, cancellationToken);

    /// <summary>Applies what the change log holds beyond the current snapshot (building the first one if there is none).</summary>
    public Task<NetworkSnapshot> CatchUpAsync(CancellationToken cancellationToken) => CatchUpAsync(unlessCurrent: false, cancellationToken);

    private bool IsCurrent(out NetworkSnapshot current)
    {
        current = snapshot!;
        return current is not null && Interlocked.Read(ref commitsApplied) == signal.Commits;
    }

    /// <param name="unlessCurrent">Whether a reader that waited for another's catch-up may take its snapshot without reading the log again.</param>
    private async Task<NetworkSnapshot> CatchUpAsync(bool unlessCurrent, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (unlessCurrent && IsCurrent(out var current)) return current;
            // Counted before the log is read: every commit counted is in what is read.
            var commits = signal.Commits;
            var caughtUp = await ReadLogAsync(cancellationToken);
            Interlocked.Exchange(ref commitsApplied, commits);
            return caughtUp;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<NetworkSnapshot> ReadLogAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (records is null || snapshot is null) return await BuildAsync(db, cancellationToken);
        var clock = Stopwatch.StartNew();
        var asOf = snapshot.AsOf;
        var applied = new List<LoggedChange>();
        while (true)
        {
            var read = await ChangeLog.AfterAsync(db, asOf, Batch, cancellationToken);
            if (read.Count == 0) break;
            asOf = read[^1].Sequence;
            var changes = read.Where(NetworkRecords.Concerns).ToList();
            if (changes.Count == 0) continue;
            applied.AddRange(changes);
            if (changes.Any(change => change.RecordId is null))
            {
                // Changes committed while everything is read are read again next time, to the same effect.
                records = await NetworkRecords.LoadAsync(contexts, cancellationToken);
                break;
            }
            await records.ReloadAsync(db, [.. changes.Select(change => (change.RecordType, change.RecordId!.Value))], cancellationToken);
        }
        if (applied.Count == 0) return snapshot = snapshot.At(asOf);
        var reading = clock.Elapsed;
        snapshot = snapshot.After(asOf, records, applied);
        logger.LogDebug("Network caught up to change {AsOf}: {Changes} changes read in {ReadMs} ms, views made in {ViewsMs} ms.",
            asOf, applied.Count, (long)reading.TotalMilliseconds, (long)(clock.Elapsed - reading).TotalMilliseconds);
        return snapshot;
    }

    /// <summary>Reads every record. The log's position is read first: a change committed meanwhile is applied again later, to the same effect.</summary>
    private async Task<NetworkSnapshot> BuildAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var asOf = await ChangeLog.LatestAsync(db, cancellationToken);
        records = await NetworkRecords.LoadAsync(contexts, cancellationToken);
        var read = clock.Elapsed;
        snapshot = NetworkSnapshot.Of(asOf, records);
        logger.LogInformation("Network built as of change {AsOf}: {Records} records and {Ties} ties read in {ReadMs} ms, views made in {ViewsMs} ms.",
            asOf, records.Nodes.Count, records.Ties.Count, (long)read.TotalMilliseconds, (long)(clock.Elapsed - read).TotalMilliseconds);
        return snapshot;
    }

    public void Dispose() => gate.Dispose();
}
