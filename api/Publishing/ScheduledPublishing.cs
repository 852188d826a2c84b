using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Publishing;

public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>How often the scheduler looks for records whose publishAt or unpublishAt has come.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Publishes and unpublishes records whose scheduled time has come, through the same code path as the
/// mutations (drafts, revisions, audit). Time comes from <see cref="TimeProvider"/>, so tests drive it.
/// Each record is its own transaction; a record changed concurrently is simply retried at the next tick.
/// </summary>
public sealed class ScheduledPublishing(IEnumerable<IScheduledRecords> types, TimeProvider clock,
    IOptions<PublishingOptions> options, ILogger<ScheduledPublishing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqlStatementCounter.LeaveOutThisBackgroundWork();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Scheduled publishing failed; it is tried again at the next tick.");
            }
            await Task.Delay(options.Value.ScheduleInterval, clock, stoppingToken);
        }
    }

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        foreach (var type in types) await RunDueAsync(type, cancellationToken);
    }

    private async Task RunDueAsync(IScheduledRecords type, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in await type.DueAsync(now, cancellationToken))
        {
            var errors = await type.ApplyScheduleAsync(id, now, cancellationToken);
            if (errors is [ConflictError])
                logger.LogInformation("{RecordType} {Id} changed while it was being published; trying again at the next tick.", type.RecordType, id);
            else if (errors is [var refusal, ..])
                logger.LogWarning("Scheduled publishing of {RecordType} {Id} refused: {Reason}", type.RecordType, id, refusal.Message);
        }
    }
}
