using NetworkGraph.Api.Access;
using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Publishing;

/// <summary>One curated type as the scheduler sees it: which records are due, and how to publish or unpublish one.</summary>
public interface IScheduledRecords
{
    string RecordType { get; }

    Task<List<Guid>> DueAsync(NetworkGraphDbContext db, DateTime now, CancellationToken cancellationToken);

    /// <summary>Publishes and/or unpublishes the record as its schedule says, ready to save; null when it no longer exists.</summary>
    Task<IReadOnlyList<MutationError>?> ApplyScheduleAsync(NetworkGraphDbContext db, Viewer viewer, Guid id, DateTime now, CancellationToken cancellationToken);
}
