using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

public static class DraftField
{
    /// <summary>
    /// <c>draft</c>: for curators, the unpublished revision of a published record (null when there is none, and
    /// for every other caller), so they can preview an edit while readers keep seeing the published version.
    /// </summary>
    public static void AddDraft<T>(this ObjectGraphType<T> type) where T : CuratedEntity =>
        type.Field<RevisionType>("draft")
            .Description("Curators only: the unpublished changes of a published record, if any.")
            .Reads(nameof(CuratedEntity.PublishedRevision))
            .Resolve(context =>
            {
                var record = context.Source;
                if (!context.Access().MayCurate || record.Status != ContentStatus.Published)
                    return null;
                return context.Loaders()
                    .One<Guid, Revision>("latest-revision", record.Id, (db, _, keys) => db.Revisions.Where(r =>
                        keys.Contains(r.RecordId) && r.Number == db.Revisions.Where(other => other.RecordId == r.RecordId).Max(other => other.Number)),
                        r => r.RecordId)
                    .Then(latest => latest is not null && latest.Number > (record.PublishedRevision ?? 0) ? latest : null);
            });
}
