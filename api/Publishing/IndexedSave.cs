using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Publishing;

/// <summary>Saves a change to a curated record and its search entries in one transaction: the index never lags behind a save.</summary>
public static class IndexedSave
{
    public static async Task SaveAsync<T>(NetworkGraphDbContext db, Guid recordId, CancellationToken cancellationToken) where T : CuratedEntity
    {
        // A retrying execution strategy may run this again on a transient failure: the changes are accepted only after the commit.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await SearchIndex.ReindexAsync<T>(db, recordId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
    }
}
