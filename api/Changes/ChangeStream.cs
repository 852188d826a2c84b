using System.Threading.Channels;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// One subscriber's events: those of the feed that <paramref name="wanted"/> keeps and that the subscriber may hear of
/// when each is sent (<see cref="ChangeAudience"/>, checked with a database context of its own per event), in the order
/// of the log. A subscriber that falls <see cref="MaxBehind"/> events behind is ended with a coded error rather than
/// held in memory without bound: it subscribes again.
/// </summary>
public sealed class ChangeStream(ChangeFeed feed, IDbContextFactory<NetworkGraphDbContext> contexts, Viewer viewer, Func<ChangeEvent, bool> wanted,
    ILogger logger) : IObservable<object?>
{
    public const int MaxBehind = 1_000;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var pending = Channel.CreateBounded<ChangeEvent>(new BoundedChannelOptions(MaxBehind) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var stop = new CancellationTokenSource();
        var listening = feed.Listen(changeEvent =>
        {
            if (wanted(changeEvent) && !pending.Writer.TryWrite(changeEvent))
                pending.Writer.TryComplete(new CodedError(ErrorCodes.SubscriberTooSlow, $"The subscriber fell {MaxBehind} events behind; subscribe again."));
        });
        _ = SendAsync(pending.Reader, observer, stop.Token);
        return new Subscription(listening, pending.Writer, stop);
    }

    private async Task SendAsync(ChannelReader<ChangeEvent> pending, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        var audience = new ChangeAudience(new AccessRules(new CurrentViewer { Viewer = viewer }));
        try
        {
            await foreach (var changeEvent in pending.ReadAllAsync(cancellationToken))
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await audience.MayHearOfAsync(db, changeEvent, cancellationToken)) observer.OnNext(changeEvent);
            }
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The subscriber left.
        }
        catch (Exception exception)
        {
            if (exception is not CodedError) logger.LogWarning(exception, "A subscription's events could not be checked; it is ended.");
            observer.OnError(exception is CodedError ? exception : new CodedError(ErrorCodes.DatabaseUnavailable, IDatabaseOutages.Message));
        }
    }

    private sealed class Subscription(IDisposable listening, ChannelWriter<ChangeEvent> pending, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            listening.Dispose();
            pending.TryComplete();
            stop.Cancel();
            stop.Dispose();
        }
    }
}
