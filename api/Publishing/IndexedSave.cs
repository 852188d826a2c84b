using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// Saves a change to a curated record, its search entries and its entry in the change log in one transaction: neither
/// the index nor the log ever lags behind a save.
/// </summary>
public static class IndexedSave
{
    public static Task SaveAsync<T>(NetworkGraphDbContext db, Guid recordId, CancellationToken cancellationToken) where T : CuratedEntity =>
        ChangeLog.SaveAsync(db, () => SearchIndex.ReindexAsync<T>(db, recordId, cancellationToken), cancellationToken);
}
