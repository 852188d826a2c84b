using NetworkGraph.Api.Network;

namespace NetworkGraph.Tests.Network;

/// <summary>What the networks remember of their analyses: computed once, never a failure or an abandoned computation.</summary>
public sealed class MemoTests
{
    [Fact]
    public void A_value_is_computed_once_per_key_while_there_is_room()
    {
        var memo = new Memo<string, object>(capacity: 1);
        var computed = 0;
        object Compute(CancellationToken _) { computed++; return new object(); }
        Assert.Same(memo.Get("a", Compute), memo.Get("a", Compute));
        Assert.NotSame(memo.Get("b", Compute), memo.Get("b", Compute));
        Assert.Equal(3, computed);
    }

    [Fact]
    public void A_failed_computation_is_forgotten_and_tried_again()
    {
        var memo = new Memo<string, int>(capacity: 4);
        Assert.Throws<InvalidOperationException>(() => memo.Get("a", _ => throw new InvalidOperationException()));
        Assert.Equal(7, memo.Get("a", _ => 7));
    }

    [Fact]
    public async Task A_caller_that_gives_up_stops_the_computation_and_a_caller_still_waiting_computes_it_under_its_own_token()
    {
        var memo = new Memo<string, int>(capacity: 4);
        using var first = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var abandoned = Task.Run(() => memo.Get("a", token =>
        {
            started.Set();
            token.WaitHandle.WaitOne();
            token.ThrowIfCancellationRequested();
            return 1;
        }, first.Token));
        started.Wait();
        var computedBySecond = 0;
        var waiting = Task.Run(() => memo.Get("a", _ => ++computedBySecond * 2, CancellationToken.None));
        await Task.Delay(100);
        first.Cancel();

        await Assert.ThrowsAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(2, await waiting);
        Assert.Equal(2, memo.Get("a", _ => 99));
        Assert.Equal(1, computedBySecond);
    }
}
