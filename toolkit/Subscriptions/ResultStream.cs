using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>
/// The results of a subscription's stream in order, for a transport to send one at a time. At most
/// <see cref="Capacity"/> results wait for a client that reads slowly; past that, and when the stream fails, the stream
/// ends with one more result that carries a coded error.
/// </summary>
public sealed class ResultStream : IObserver<ExecutionResult>
{
    public const int Capacity = 100;

    private readonly Channel<ExecutionResult> results = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly Lock gate = new();
    private bool ended;
    private ExecutionResult? last;

    /// <summary>The stream's results until it completes or <paramref name="cancellationToken"/> is cancelled; leaving stops the stream.</summary>
    public static async IAsyncEnumerable<ExecutionResult> ReadAsync(IObservable<ExecutionResult> stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new ResultStream();
        using (stream.Subscribe(reader))
        {
            await foreach (var result in reader.results.Reader.ReadAllAsync(cancellationToken))
                yield return result;
        }
        if (reader.last is { } last) yield return last;
    }

    public void OnNext(ExecutionResult value)
    {
        lock (gate)
        {
            if (!ended && !results.Writer.TryWrite(value))
                End(new CodedError(ErrorCodes.TooManyPendingEvents,
                    $"More than {Capacity} events waited for the client to read them; the subscription was stopped."));
        }
    }

    /// <summary>GraphQL.NET reports a failed source stream as a coded error of the field; anything else is a fault of the service.</summary>
    public void OnError(Exception error)
    {
        lock (gate)
        {
            if (!ended) End(error as ExecutionError ?? new CodedError(ErrorCodes.InternalError, "The event stream failed."));
        }
    }

    public void OnCompleted()
    {
        lock (gate)
        {
            ended = true;
            results.Writer.TryComplete();
        }
    }

    private void End(ExecutionError error)
    {
        last = new ExecutionResult(error);
        ended = true;
        results.Writer.TryComplete();
    }
}
