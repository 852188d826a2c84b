using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Edges;

/// <summary>
/// Curators add, update, end and remove the edges of one kind of tie. Each change is one transaction with its audit
/// event; a change carries the version it was based on, and a stale one changes nothing.
/// </summary>
public sealed partial class TieCuration<TEdge>(IDbContextFactory<NetworkGraphDbContext> contexts) where TEdge : EdgeEntity, new()
{
    private static readonly Tie<TEdge> Tie = Ties.Of<TEdge>();

    /// <summary>The tie's record type name, as the audit log and global IDs name it: "GoalSupport".</summary>
    public static readonly string RecordType = EntityNodes.NameOf<TEdge>();

    /// <summary>The tie as messages and audit actions name it: "goal support".</summary>
    public static readonly string Noun = Naming.Words(RecordType);

    /// <summary>A change to a loaded, tracked edge; returns errors, or none when it may be saved.</summary>
    private delegate Task<IReadOnlyList<MutationError>> Change(NetworkGraphDbContext db, TEdge edge, CancellationToken cancellationToken);

    public async Task<Payload<TEdge>> AddAsync(AccessRules access, EdgeInput input, CancellationToken cancellationToken)
    {
        if (!access.MayCurate) return NotAllowed();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var edge = new TEdge { CreatedBy = access.Viewer.Actor, UpdatedBy = access.Viewer.Actor };
        var checks = new InputChecks();
        await SetEndsAsync(db, edge, input, checks, cancellationToken);
        ApplyFields(db, edge, input, checks);
        if (checks.Failed) return new Payload<TEdge>(null, checks.Errors);
        return await AddUnlessCurrentAsync(db, access.Viewer, edge, cancellationToken) ? await SaveAsync(db, edge, cancellationToken) : Twin();
    }

    /// <summary>
    /// Adds a new edge to the context with its audit event and change, to be saved by the caller, unless the same tie is
    /// current already (then nothing is added and false returned).
    /// </summary>
    public static async Task<bool> AddUnlessCurrentAsync(NetworkGraphDbContext db, Viewer viewer, TEdge edge, CancellationToken cancellationToken)
    {
        if (await CurrentTwinExistsAsync(db, edge, cancellationToken)) return false;
        db.Set<TEdge>().Add(edge);
        AuditTrail.Audit(db, viewer, $"{Noun}.add", RecordType, edge.Id, null, Snapshot(edge));
        ChangeLog.Record(db, RecordType, edge.Id, ChangeKind.Added, Tie.EndsOf(edge));
        return true;
    }

    public Task<Payload<TEdge>> UpdateAsync(AccessRules access, EdgeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(access, input, "update", ChangeKind.Updated, async (db, edge, ct) =>
        {
            var checks = new InputChecks();
            ApplyFields(db, edge, input, checks);
            if (checks.Failed) return checks.Errors;
            return await CurrentTwinExistsAsync(db, edge, ct) ? Twin().Errors : [];
        }, cancellationToken);

    public Task<Payload<TEdge>> EndAsync(AccessRules access, EndEdgeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(access, input, "end", ChangeKind.Ended, (db, edge, _) =>
        {
            var today = Today(db);
            var until = input.Until ?? today;
            IReadOnlyList<MutationError> errors =
                edge.Until <= today ? [new ValidationError($"The {Noun} already ended on {edge.Until:yyyy-MM-dd}.", ["input", "id"])]
                : until < edge.Since ? [new ValidationError("'until' must not be before the day the tie began.", ["input", Naming.LowerCamel(nameof(EndEdgeInput.Until))])]
                : [];
            if (errors.Count == 0) edge.Until = until;
            return Task.FromResult(errors);
        }, cancellationToken);

    public Task<Payload<TEdge>> RemoveAsync(AccessRules access, RecordVersion target, CancellationToken cancellationToken) =>
        ChangeAsync(access, target, "remove", ChangeKind.Removed, (db, edge, _) =>
        {
            db.Remove(edge);
            return Task.FromResult<IReadOnlyList<MutationError>>([]);
        }, cancellationToken);

    private async Task<Payload<TEdge>> ChangeAsync(AccessRules access, RecordVersion target, string action, ChangeKind kind, Change change,
        CancellationToken cancellationToken)
    {
        if (!access.MayCurate) return NotAllowed();
        if (!EntityNodes.TryDecode<TEdge>(target.Id, out var id))
            return Payload<TEdge>.Failed(new ValidationError($"'id' is not {Naming.WithArticle(RecordType)} ID.", ["input", "id"]));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var edge = await db.Set<TEdge>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (edge is null) return Payload<TEdge>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"]));
        if (edge.Version != target.ExpectedVersion) return Conflict(edge.Version);
        var before = Snapshot(edge);
        var errors = await change(db, edge, cancellationToken);
        if (errors.Count > 0) return new Payload<TEdge>(null, errors);
        edge.UpdatedBy = access.Viewer.Actor;
        var removed = db.Entry(edge).State == EntityState.Deleted;
        var after = removed ? before.ToDictionary(field => field.Key, _ => (object?)null) : Snapshot(edge);
        AuditTrail.Audit(db, access.Viewer, $"{Noun}.{action}", RecordType, edge.Id, before, after);
        var seenBefore = removed ? await AccessRules.NarrowestAudienceAsync(rules => rules.Ties<TEdge>(db).Where(e => e.Id == id), cancellationToken) : (Visibility?)null;
        ChangeLog.Record(db, RecordType, edge.Id, kind, Tie.EndsOf(edge), seenBefore);
        return await SaveAsync(db, edge, cancellationToken);
    }

    /// <summary>Saves in one transaction; a change made meanwhile by someone else is reported as a conflict, not thrown.</summary>
    private async Task<Payload<TEdge>> SaveAsync(NetworkGraphDbContext db, TEdge edge, CancellationToken cancellationToken)
    {
        try
        {
            await ChangeLog.SaveAsync(db, alsoInTransaction: null, cancellationToken);
            return Payload<TEdge>.Changed(edge);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Set<TEdge>().Where(e => e.Id == edge.Id).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? Payload<TEdge>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"])) : Conflict(current.Value);
        }
    }

    private static DateOnly Today(NetworkGraphDbContext db) => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    private static Payload<TEdge> NotAllowed() => Payload<TEdge>.Failed(Refusals.CuratorsOnly(Noun));

    private static Payload<TEdge> Conflict(int currentVersion) => Payload<TEdge>.Failed(ConflictError.Stale(Noun, currentVersion));

    private static Payload<TEdge> Twin() =>
        Payload<TEdge>.Failed(new ValidationError($"The same {Noun} is already on record and has not ended: update that one instead.", ["input"]));
}
