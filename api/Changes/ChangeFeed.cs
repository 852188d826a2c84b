using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// Reads the change log as it grows — at once when this instance commits or PostgreSQL announces another's commit,
/// otherwise every <see cref="ChangeOptions.PollInterval"/> — and hands each event to this instance's listeners (the
/// live subscriptions), in the order of the log. It starts from the log's end: a listener hears of what commits after it
/// began to listen.
/// </summary>
public sealed class ChangeFeed(IDbContextFactory<NetworkGraphDbContext> contexts, ChangeSignal signal, IOptions<ChangeOptions> options,
    ILogger<ChangeFeed> logger) : BackgroundService
{
    private const int BatchSize = 500;

    private readonly ConcurrentDictionary<Listener, byte> listeners = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the feed knows where the log ends, so that a listener misses nothing committed after it.</summary>
    public Task Started => started.Task;

    /// <summary>Calls <paramref name="onEvent"/> with each event from now on, one at a time and in order, until disposed.</summary>
    public IDisposable Listen(Action<ChangeEvent> onEvent)
    {
        var listener = new Listener(this, onEvent);
        listeners[listener] = 0;
        return listener;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqlStatementCounter.LeaveOutThisBackgroundWork();
        using var waiter = signal.NewWaiter();
        long? cursor = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var read = 0;
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                if (cursor is null)
                {
                    cursor = await ChangeLog.LatestAsync(db, stoppingToken);
                    started.TrySetResult();
                }
                var changes = await ChangeLog.AfterAsync(db, cursor.Value, BatchSize, stoppingToken);
                foreach (var change in changes)
                {
                    if (ChangeEvent.From(change) is { } changeEvent) Hand(changeEvent);
                    cursor = change.Sequence;
                }
                read = changes.Count;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The event feed could not read the change log; it tries again at the next poll.");
            }
            if (read < BatchSize) await waiter.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    private void Hand(ChangeEvent changeEvent)
    {
        foreach (var listener in listeners.Keys)
        {
            try
            {
                listener.OnEvent(changeEvent);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A listener of the event feed failed on event {Sequence}.", changeEvent.Sequence);
            }
        }
    }

    private sealed class Listener(ChangeFeed feed, Action<ChangeEvent> onEvent) : IDisposable
    {
        public Action<ChangeEvent> OnEvent => onEvent;

        public void Dispose() => feed.listeners.TryRemove(this, out _);
    }
}
