namespace NetworkGraph.Api.Publishing;

/// <summary><c>compareRevisions</c>: what changed between two revisions of one record, for curators.</summary>
public sealed class RevisionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionChangeType>>>>("compareRevisions")
            .Description("Curators only: the fields that differ from one revision of a record to another, each with its value in both.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The revision to compare from, usually the earlier one.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The revision to compare to, of the same record.")
            .ResolveAsync(async context => await CompareAsync(context));

    private static async Task<IReadOnlyList<AuditChange>> CompareAsync(IResolveFieldContext context)
    {
        if (!context.Access().MayCurate)
            throw new CodedError(ErrorCodes.NotAllowed, "Only curators may compare revisions.");
        var from = RevisionId.Decode(context.GetArgument<string>("from"));
        var to = RevisionId.Decode(context.GetArgument<string>("to"));
        await using var db = await context.CreateDbContextAsync();
        var revisions = await db.Revisions.Where(r => r.Id == from || r.Id == to).ToDictionaryAsync(r => r.Id, context.CancellationToken);
        if (!revisions.TryGetValue(from, out var before) || !revisions.TryGetValue(to, out var after))
            throw new CodedError(ErrorCodes.InvalidArgument, "No such revision.");
        if (before.RecordId != after.RecordId)
            throw new CodedError(ErrorCodes.InvalidArgument, "The two revisions are of different records.");
        return RevisionChanges.Between(before, after);
    }
}
