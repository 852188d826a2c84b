using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

public static class RevisionsField
{
    /// <summary>
    /// <c>revisions</c>: every save of the record, newest first, for curators. Any other caller gets an empty list
    /// rather than an error, as for <c>draft</c>: it is the same for every record, so it tells nothing about one.
    /// </summary>
    public static void AddRevisions<T>(this ObjectGraphType<T> type) where T : CuratedEntity =>
        type.Connection<T, RevisionType, Revision>("revisions")
            .Description("Curators only (empty for everyone else): every save of the record, newest first.")
            .Resolve(context => context.PageOf(
                !context.Access().MayCurate
                    ? DataLoaderResultExtensions.Loaded<IReadOnlyList<Revision>>([])
                    : context.Loaders().Many<Guid, Revision>("revisions", context.Source.Id, (db, _, keys) => db.Revisions
                        .Where(r => keys.Contains(r.RecordId))
                        .OrderByDescending(r => r.Number)
                        .Select(r => new Keyed<Guid, Revision>(r.RecordId, r)))));
}
