using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>
/// The WebSocket connections and event streams open per caller partition, at most
/// <see cref="SubscriptionOptions.MaxConnectionsPerCaller"/> in each. A connection holds a <see cref="Lease"/> while it
/// is open and gives it back when it closes.
/// </summary>
public sealed class CallerConnections(IOptions<SubscriptionOptions> options)
{
    private readonly Dictionary<string, int> open = [];
    private readonly Lock gate = new();

    /// <summary>A place for one more connection of the partition, or null when it has as many as it may.</summary>
    public Lease? TryOpen(string partition) => TryTake(partition) ? new Lease(this, partition) : null;

    /// <summary>Why a connection was refused, as a request refused before it ran: 429 and <c>RATE_LIMITED</c>.</summary>
    public TransportException Refusal() =>
        new(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, TooManyMessage);

    public string TooManyMessage => $"Too many open subscription connections: at most {options.Value.MaxConnectionsPerCaller} for one caller.";

    private bool TryTake(string partition)
    {
        lock (gate)
        {
            var count = open.GetValueOrDefault(partition);
            if (count >= options.Value.MaxConnectionsPerCaller) return false;
            open[partition] = count + 1;
            return true;
        }
    }

    private void Give(string partition)
    {
        lock (gate)
        {
            if (--open[partition] == 0) open.Remove(partition);
        }
    }

    public sealed class Lease(CallerConnections connections, string partition) : IDisposable
    {
        private string? partition = partition;

        /// <summary>Counts the connection in another partition (its caller became known); false, and nothing changes, when that one is full.</summary>
        public bool TryMoveTo(string other)
        {
            if (other == partition) return true;
            if (!connections.TryTake(other)) return false;
            Dispose();
            partition = other;
            return true;
        }

        public void Dispose()
        {
            if (partition is null) return;
            connections.Give(partition);
            partition = null;
        }
    }
}
