using Microsoft.Extensions.Options;
using NetworkGraph.Api.Changes;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Keeps the network engine current: it builds the first snapshot at start-up, then applies the change log whenever this
/// instance commits a change and every <see cref="ChangeOptions.PollInterval"/> for the changes of other instances.
/// </summary>
public sealed class NetworkFollower(NetworkEngine engine, ChangeSignal signal, IOptions<ChangeOptions> options, ILogger<NetworkFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqlStatementCounter.LeaveOutThisBackgroundWork();
        using var waiter = signal.NewWaiter();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await engine.CatchUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The network could not follow the change log; it tries again at the next poll.");
            }
            await waiter.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }
}
