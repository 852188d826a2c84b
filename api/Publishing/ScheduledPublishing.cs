using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Search;

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
public sealed class ScheduledPublishing(
    IDbContextFactory<NetworkGraphDbContext> contexts, TimeProvider clock, IOptions<PublishingOptions> options,
    ILogger<ScheduledPublishing> logger) : BackgroundService
{
    private static readonly Viewer Scheduler = new(Role.Admin, "scheduler");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            due = await db.Organisations.Where(o => o.PublishAt <= now || o.UnpublishAt <= now).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var loaded = await OrganisationMutations.LoadAsync(db, Scheduler, id, new Dictionary<string, object?>(), cancellationToken);
            if (loaded is null) continue;
            var errors = loaded.Organisation.PublishAt <= now
                ? await OrganisationMutations.ApplyAsync(loaded, OrganisationMutations.PublishAsync)
                : [];
            if (errors.Count == 0 && loaded.Organisation.UnpublishAt <= now)
                errors = await OrganisationMutations.ApplyAsync(loaded with { Draft = null }, OrganisationMutations.UnpublishAsync);
            if (errors.Count > 0)
            {
                logger.LogWarning("Scheduled publishing of organisation {Id} refused: {Reason}", id, errors[0].Message);
                continue;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await SearchIndex.ReindexAsync(db, "Organisation", id, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Organisation {Id} changed while it was being published; trying again at the next tick.", id);
            }
        }
    }
}
