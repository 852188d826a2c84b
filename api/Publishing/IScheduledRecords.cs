namespace NetworkGraph.Api.Publishing;

/// <summary>One curated type as the scheduler sees it: which records are due, and how to publish or unpublish one.</summary>
public interface IScheduledRecords
{
    string RecordType { get; }

    Task<List<Guid>> DueAsync(DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes and/or unpublishes the record as its schedule says, and saves it: no errors when done, a
    /// <see cref="ConflictError"/> when it changed meanwhile, others when it was refused; null when it no longer exists.
    /// </summary>
    Task<IReadOnlyList<MutationError>?> ApplyScheduleAsync(Guid id, DateTime now, CancellationToken cancellationToken);
}
