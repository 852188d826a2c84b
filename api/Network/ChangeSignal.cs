using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Told by the change log when this instance commits a change: the network engine applies it before the next read of
/// the network, and its follower wakes at once instead of at the next poll. <see cref="ChangeNotifications"/> wakes the
/// follower too when another instance commits.
/// </summary>
public sealed class ChangeSignal : IChangeLogListener, IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);
    private long commits;

    /// <summary>How many transactions with changes to the log this instance has committed.</summary>
    public long Commits => Interlocked.Read(ref commits);

    public void Committed()
    {
        Interlocked.Increment(ref commits);
        Wake();
    }

    /// <summary>Wakes the follower to read the change log now.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken already.
            }
        }
    }

    /// <summary>Waits for a commit on this instance (or <see cref="Wake"/>), or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}
