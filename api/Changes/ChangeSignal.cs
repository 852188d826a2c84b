using System.Collections.Concurrent;
using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// Told by the change log when this instance commits a change, and by <see cref="ChangeNotifications"/> when another
/// instance does: every follower of the log (the network engine's, the event feed) wakes at once instead of at its next poll.
/// </summary>
public sealed class ChangeSignal : IChangeLogListener
{
    private readonly ConcurrentDictionary<ChangeWaiter, byte> waiters = new();
    private long commits;

    /// <summary>How many transactions with changes to the log this instance has committed.</summary>
    public long Commits => Interlocked.Read(ref commits);

    public void Committed()
    {
        Interlocked.Increment(ref commits);
        Wake();
    }

    /// <summary>Wakes every follower to read the change log now.</summary>
    public void Wake()
    {
        foreach (var waiter in waiters.Keys) waiter.Wake();
    }

    /// <summary>A follower's own wake-up call; dispose it when the follower stops.</summary>
    public ChangeWaiter NewWaiter()
    {
        var waiter = new ChangeWaiter(this);
        waiters[waiter] = 0;
        return waiter;
    }

    internal void Forget(ChangeWaiter waiter) => waiters.TryRemove(waiter, out _);
}

/// <summary>One follower's wait for the next change: a wake that comes while it is busy is kept for its next wait.</summary>
public sealed class ChangeWaiter(ChangeSignal signal) : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    internal void Wake()
    {
        if (wake.CurrentCount > 0) return;
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Woken already.
        }
    }

    /// <summary>Waits for a change (or a wake), or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        signal.Forget(this);
        wake.Dispose();
    }
}
