using System.Collections.Concurrent;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>Named event sources a test pushes into, each test on a channel of its own.</summary>
public sealed class TestChannels
{
    private readonly ConcurrentDictionary<string, TestChannel> channels = new();

    public TestChannel this[string name] => channels.GetOrAdd(name, _ => new TestChannel());
}

/// <summary>An event source that knows its subscribers, so a test can wait until the service has subscribed or left.</summary>
public sealed class TestChannel : IObservable<PushedEvent>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly List<IObserver<PushedEvent>> observers = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IDisposable Subscribe(IObserver<PushedEvent> observer)
    {
        Change(() => observers.Add(observer));
        return new Leaving(() => Change(() => observers.Remove(observer)));
    }

    public void Push(int value)
    {
        IObserver<PushedEvent>[] now;
        lock (gate) now = [.. observers];
        foreach (var observer in now) observer.OnNext(new PushedEvent(value));
    }

    /// <summary>Waits until the channel has this many subscribers; fails after a while.</summary>
    public async Task WaitForSubscribersAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (observers.Count == count) return;
                next = changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next, Task.Delay(left)) != next)
                Assert.Fail($"The channel has {observers.Count} subscribers, not {count}.");
        }
    }

    private void Change(Action change)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            change();
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult();
    }

    private sealed class Leaving(Action leave) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0) leave();
        }
    }
}
