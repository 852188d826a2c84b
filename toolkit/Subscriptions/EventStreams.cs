namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>Source streams for subscription fields.</summary>
public static class EventStreams
{
    /// <summary>
    /// The events of an asynchronous sequence as the observable a field's <c>ResolveStream</c> returns. Each subscriber
    /// reads a sequence of its own, whose token is cancelled when the subscriber leaves; the sequence's end completes the
    /// stream and its exception ends it with an error.
    /// </summary>
    public static IObservable<T> From<T>(Func<CancellationToken, IAsyncEnumerable<T>> events) => new AsyncSequence<T>(events);

    private sealed class AsyncSequence<T>(Func<CancellationToken, IAsyncEnumerable<T>> events) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var subscription = new Subscription();
            _ = Task.Run(() => ReadAsync(observer, subscription.Token));
            return subscription;
        }

        private async Task ReadAsync(IObserver<T> observer, CancellationToken token)
        {
            try
            {
                await foreach (var item in events(token).WithCancellation(token))
                    observer.OnNext(item);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                observer.OnError(failure);
                return;
            }
            observer.OnCompleted();
        }
    }

    private sealed class Subscription : IDisposable
    {
        private readonly CancellationTokenSource left = new();

        public CancellationToken Token => left.Token;

        public void Dispose() => left.Cancel();
    }
}
