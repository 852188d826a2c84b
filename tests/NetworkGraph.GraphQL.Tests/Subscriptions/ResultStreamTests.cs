using System.Runtime.CompilerServices;
using GraphQL;
using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.GraphQL.Tests.Subscriptions;

public sealed class ResultStreamTests
{
    [Fact]
    public async Task An_asynchronous_sequence_streams_its_items_then_completes()
    {
        var results = await ReadAllAsync(EventStreams.From(token => Numbers(3, token)).Select(n => new ExecutionResult { Data = n }));
        Assert.Equal([0, 1, 2], results.Select(r => (int)r.Data!));
    }

    [Fact]
    public async Task A_failed_stream_ends_with_a_result_that_carries_its_error()
    {
        var results = await ReadAllAsync(EventStreams.From(Failing).Select(n => new ExecutionResult { Data = n }));
        Assert.Equal(1, (int)results[0].Data!);
        Assert.Equal(ErrorCodes.InternalError, Assert.Single(results[1].Errors!).Code);
    }

    [Fact]
    public async Task More_results_than_a_client_reads_end_the_stream_with_a_coded_error()
    {
        var results = await ReadAllAsync(new Burst(ResultStream.Capacity + 5));
        Assert.Equal(ResultStream.Capacity + 1, results.Count);
        Assert.Equal(ErrorCodes.TooManyPendingEvents, Assert.Single(results[^1].Errors!).Code);
    }

    [Fact]
    public async Task Leaving_the_stream_cancels_the_sequence_of_its_subscriber()
    {
        var cancelled = new TaskCompletionSource();
        var stream = EventStreams.From(token => Endless(token, cancelled)).Select(n => new ExecutionResult { Data = n });
        await foreach (var _ in ResultStream.ReadAsync(stream, CancellationToken.None)) break;
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task<List<ExecutionResult>> ReadAllAsync(IObservable<ExecutionResult> stream)
    {
        var results = new List<ExecutionResult>();
        await foreach (var result in ResultStream.ReadAsync(stream, CancellationToken.None)) results.Add(result);
        return results;
    }

    private static async IAsyncEnumerable<int> Numbers(int count, [EnumeratorCancellation] CancellationToken token)
    {
        for (var n = 0; n < count; n++)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return n;
        }
    }

    private static async IAsyncEnumerable<int> Failing([EnumeratorCancellation] CancellationToken token)
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("The source broke.");
    }

    private static async IAsyncEnumerable<int> Endless([EnumeratorCancellation] CancellationToken token, TaskCompletionSource cancelled)
    {
        using var _ = token.Register(() => cancelled.TrySetResult());
        for (var n = 0; ; n++)
        {
            yield return n;
            await Task.Delay(10, CancellationToken.None);
            if (token.IsCancellationRequested) yield break;
        }
    }

    /// <summary>Emits all its results at once, while nobody reads yet.</summary>
    private sealed class Burst(int count) : IObservable<ExecutionResult>
    {
        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            for (var n = 0; n < count; n++) observer.OnNext(new ExecutionResult { Data = n });
            observer.OnCompleted();
            return new CancellationTokenSource();
        }
    }
}

internal static class ObservableSelect
{
    public static IObservable<TResult> Select<T, TResult>(this IObservable<T> source, Func<T, TResult> map) => new Mapped<T, TResult>(source, map);

    private sealed class Mapped<T, TResult>(IObservable<T> source, Func<T, TResult> map) : IObservable<TResult>
    {
        public IDisposable Subscribe(IObserver<TResult> observer) => source.Subscribe(new Observer(observer, map));

        private sealed class Observer(IObserver<TResult> target, Func<T, TResult> map) : IObserver<T>
        {
            public void OnNext(T value) => target.OnNext(map(value));

            public void OnError(Exception error) => target.OnError(error);

            public void OnCompleted() => target.OnCompleted();
        }
    }
}
