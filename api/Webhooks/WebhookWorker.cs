using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Changes;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Dispatches the change log's events to webhooks (<see cref="WebhookDispatch"/>) and sends what is due
/// (<see cref="WebhookDeliveries"/>). It wakes when this instance commits a change, when PostgreSQL announces another
/// instance's commit, when a delivery is queued again, and otherwise every <see cref="ChangeOptions.PollInterval"/>.
/// Each webhook is sent to by a lane of its own, one delivery after another, and at most
/// <see cref="WebhookOptions.MaxParallelWebhooks"/> lanes run at once: a slow or failing endpoint holds up its own lane only.
/// </summary>
public sealed class WebhookWorker(WebhookDispatch dispatch, WebhookDeliveries deliveries, ChangeSignal signal, IOptions<ChangeOptions> changes,
    IOptions<WebhookOptions> options, ILogger<WebhookWorker> logger) : BackgroundService
{
    /// <summary>The most deliveries a lane sends in a row before it makes way for webhooks that have waited longer.</summary>
    private const int LaneTurn = 20;

    private readonly ConcurrentDictionary<Guid, byte> busy = new();
    private readonly List<Task> lanes = [];
    private ChangeWaiter? waiter;

    /// <summary>Looks for due deliveries now rather than at the next poll.</summary>
    public void Wake()
    {
        try
        {
            waiter?.Wake();
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqlStatementCounter.LeaveOutThisBackgroundWork();
        using var wake = signal.NewWaiter();
        waiter = wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var more = false;
                try
                {
                    more = await dispatch.DispatchNextAsync(stoppingToken) == WebhookDispatch.BatchSize;
                    await StartLanesAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Webhook dispatch could not read the database; it tries again at the next poll.");
                }
                if (!more) await wake.WaitAsync(changes.Value.PollInterval, stoppingToken);
            }
        }
        finally
        {
            waiter = null;
            await Task.WhenAll(lanes);
        }
    }

    private async Task StartLanesAsync(CancellationToken stoppingToken)
    {
        lanes.RemoveAll(lane => lane.IsCompleted);
        var free = options.Value.MaxParallelWebhooks - busy.Count;
        if (free <= 0) return;
        foreach (var webhookId in await deliveries.DueWebhooksAsync([.. busy.Keys], free, stoppingToken))
            if (busy.TryAdd(webhookId, 0)) lanes.Add(Task.Run(() => RunLaneAsync(webhookId, stoppingToken), CancellationToken.None));
    }

    private async Task RunLaneAsync(Guid webhookId, CancellationToken stoppingToken)
    {
        try
        {
            for (var turn = 0; turn < LaneTurn; turn++)
                if (!await deliveries.SendNextAsync(webhookId, stoppingToken)) break;
            busy.TryRemove(webhookId, out _);
            // Its deliveries, or another endpoint's, may be due still.
            Wake();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the delivery's lease was given back.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Deliveries to webhook {Webhook} stopped on an error; they are tried again at the next poll.", webhookId);
        }
        finally
        {
            busy.TryRemove(webhookId, out _);
        }
    }
}
