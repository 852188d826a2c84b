using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// The curation of one record type: create, update (a draft once published), restore a revision, publish, unpublish,
/// schedule, translate, archive and delete. Each change is one transaction with its revision and audit event; a change
/// carries the version it was based on, and a stale one changes nothing. The mutations and the scheduler both call it.
/// </summary>
public sealed partial class Curation<T, TInput>(IDbContextFactory<NetworkGraphDbContext> contexts, TimeProvider clock) : IScheduledRecords
    where T : CuratedEntity, ISlugged, new() where TInput : CuratedInput, ICuratedInput<T, TInput>, new()
{
    /// <summary>The record type's name, as revisions, the audit log and global IDs name it: "AdvocacyGoal".</summary>
    public static readonly string RecordType = EntityNodes.NameOf<T>();

    /// <summary>The record type as messages name it: "advocacy goal".</summary>
    public static readonly string Noun = Naming.Words(RecordType);

    private static readonly string ANoun = Naming.WithArticle(Noun);

    /// <summary>How audit actions name the type: "advocacyGoal.update".</summary>
    private static readonly string ActionPrefix = Naming.LowerCamel(RecordType);

    string IScheduledRecords.RecordType => RecordType;

    public async Task<Payload<T>> CreateAsync(AccessRules access, TInput input, CancellationToken cancellationToken)
    {
        if (!access.MayCurate) return Payload<T>.Failed(new NotAllowedError($"Only curators may create {Noun}s."));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new T { CreatedBy = access.Viewer.Actor, UpdatedBy = access.Viewer.Actor };
        var given = new GivenInput(new InputContext(db, access.Viewer, Now, cancellationToken));
        await ApplyInputAsync(given, record, input);
        if (given.Context.Checks.Failed) return new Payload<T>(null, given.Context.Checks.Errors);
        if (await SlugTaken(db, record)) return DuplicateSlug(record);
        await AddNewAsync(db, access.Viewer, record, publish: false, cancellationToken);
        return await SaveAsync(db, record, cancellationToken);
    }

    /// <summary>
    /// Adds a new record to the context with its first revision, audit event and change, published at once when asked, to
    /// be saved by the caller (through <see cref="IndexedSave"/>, which indexes it).
    /// </summary>
    public static async Task AddNewAsync(NetworkGraphDbContext db, Viewer viewer, T record, bool publish, CancellationToken cancellationToken)
    {
        db.Set<T>().Add(record);
        var draft = TInput.Snapshot(record);
        var revision = await AuditTrail.AddAsync(db, viewer, $"{ActionPrefix}.create", RecordType, record.Id, null, draft, cancellationToken);
        ChangeLog.Record(db, RecordType, record.Id, ChangeKind.Created);
        if (!publish) return;
        record.Status = ContentStatus.Published;
        record.PublishedRevision = revision;
        AuditTrail.Audit(db, viewer, $"{ActionPrefix}.publish", RecordType, record.Id, draft, TInput.Snapshot(record));
        ChangeLog.Record(db, RecordType, record.Id, ChangeKind.Published);
    }

    public Task<Payload<T>> UpdateAsync(AccessRules access, TInput input, CancellationToken cancellationToken) =>
        ChangeAsync(access, input, input, change => EditAsync(change, $"{ActionPrefix}.update"), cancellationToken);

    /// <summary>Saves a revision's content as a new revision, as an update would; <paramref name="revision"/> names the revision and the record's version.</summary>
    public async Task<Payload<T>> RestoreAsync(AccessRules access, RecordVersion revision, CancellationToken cancellationToken)
    {
        if (!access.MayCurate) return Payload<T>.Failed(Refusals.CuratorsOnly(Noun));
        if (!GlobalId.TryDecodeGuid(revision.Id, RevisionId.TypeName, out var revisionId))
            return Payload<T>.Failed(new ValidationError("'id' is not a revision ID.", ["input", "id"]));
        Revision? saved;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            saved = await db.Revisions.FirstOrDefaultAsync(r => r.Id == revisionId && r.RecordType == RecordType, cancellationToken);
        if (saved is null) return Payload<T>.Failed(new NotFoundError($"No such {Noun} revision.", ["input", "id"]));
        var content = TInput.Restoring(Snapshots.InputFrom<TInput>(saved.Snapshot));
        return await ChangeAsync(access, revision, saved.RecordId, content, change => EditAsync(change, $"{ActionPrefix}.restore"), cancellationToken);
    }

    public Task<Payload<T>> PublishAsync(AccessRules access, RecordVersion target, CancellationToken cancellationToken) =>
        ChangeAsync(access, target, Unchanged, PublishAsync, cancellationToken);

    public Task<Payload<T>> UnpublishAsync(AccessRules access, RecordVersion target, CancellationToken cancellationToken) =>
        ChangeAsync(access, target, Unchanged, UnpublishAsync, cancellationToken);

    public Task<Payload<T>> ScheduleAsync(AccessRules access, ScheduleInput schedule, CancellationToken cancellationToken) =>
        ChangeAsync(access, schedule, Unchanged, change => ScheduleAsync(change, schedule), cancellationToken);

    public Task<Payload<T>> TranslateAsync(AccessRules access, TranslationInput translation, CancellationToken cancellationToken) =>
        ChangeAsync(access, translation, Unchanged, change => TranslateAsync(change, translation), cancellationToken);

    public Task<Payload<T>> ArchiveAsync(AccessRules access, RecordVersion target, CancellationToken cancellationToken) =>
        ChangeAsync(access, target, Unchanged, ArchiveAsync, cancellationToken);

    public Task<Payload<T>> DeleteAsync(AccessRules access, RecordVersion target, CancellationToken cancellationToken) =>
        ChangeAsync(access, target, Unchanged, DeleteAsync, cancellationToken);

    public async Task<List<Guid>> DueAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<T>().Where(r => r.PublishAt <= now || r.UnpublishAt <= now).Select(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MutationError>?> ApplyScheduleAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, Viewer.Scheduler, now, id, Unchanged, cancellationToken);
        if (loaded is null) return null;
        var errors = loaded.Record.PublishAt <= now ? await ApplyAsync(loaded, PublishAsync) : [];
        if (errors.Count == 0 && loaded.Record.UnpublishAt <= now)
            errors = await ApplyAsync(loaded with { Draft = null }, UnpublishAsync);
        return errors.Count > 0 ? errors : (await SaveAsync(db, loaded.Record, cancellationToken)).Errors;
    }

    /// <summary>The input of a change that sets no field (publish, archive …): every field left out.</summary>
    private static readonly TInput Unchanged = InputRecord.From<TInput>(new Dictionary<string, object?>());

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Applies input to a record: the fields every type has, then the type's own.</summary>
    private static async Task ApplyInputAsync(GivenInput given, T record, TInput input)
    {
        given.Shared(input, record);
        await input.ApplyAsync(record, given);
    }

    /// <summary>One kind of change to a loaded, tracked record; returns errors, or none when it may be saved.</summary>
    private delegate Task<IReadOnlyList<MutationError>> Change(ChangeContext change);

    private sealed record ChangeContext(NetworkGraphDbContext Db, Viewer Viewer, DateTime Now, T Record, TInput Input, Revision? Draft,
        CancellationToken CancellationToken)
    {
        /// <summary>A fresh context to apply input with, and to collect what is wrong with it.</summary>
        public GivenInput NewInput() => new(new InputContext(Db, Viewer, Now, CancellationToken));
    }

    /// <summary>A change to the record the target's id names, based on the target's version.</summary>
    private Task<Payload<T>> ChangeAsync(AccessRules access, RecordVersion target, TInput input, Change change, CancellationToken cancellationToken)
    {
        if (!access.MayCurate) return Task.FromResult(Payload<T>.Failed(Refusals.CuratorsOnly(Noun)));
        return EntityNodes.TryDecode<T>(target.Id, out var id)
            ? ChangeAsync(access, target, id, input, change, cancellationToken)
            : Task.FromResult(Payload<T>.Failed(new ValidationError($"'id' is not {ANoun} ID.", ["input", "id"])));
    }

    private async Task<Payload<T>> ChangeAsync(AccessRules access, RecordVersion target, Guid id, TInput input, Change change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, access.Viewer, Now, id, input, cancellationToken);
        if (loaded is null) return Payload<T>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"]));
        if (loaded.Record.Version != target.ExpectedVersion) return Conflict(loaded.Record.Version);
        var errors = await ApplyAsync(loaded, change);
        return errors.Count > 0 ? new Payload<T>(null, errors) : await SaveAsync(db, loaded.Record, cancellationToken);
    }

    /// <summary>The record, tracked with its lists, and its pending draft if it is published and has one.</summary>
    private static async Task<ChangeContext?> LoadAsync(NetworkGraphDbContext db, Viewer viewer, DateTime now, Guid id, TInput input,
        CancellationToken cancellationToken)
    {
        var record = await TInput.WithLists(db.Set<T>().AsTracking()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null) return null;
        var latest = await AuditTrail.LatestAsync(db, id, cancellationToken);
        var draft = record.Status == ContentStatus.Published && latest is not null && latest.Number > (record.PublishedRevision ?? 0) ? latest : null;
        return new ChangeContext(db, viewer, now, record, input, draft, cancellationToken);
    }

    /// <summary>Makes a change ready to save: every change bumps the version, also when only a draft or a list changed.</summary>
    private static async Task<IReadOnlyList<MutationError>> ApplyAsync(ChangeContext loaded, Change change)
    {
        var errors = await change(loaded);
        if (errors.Count > 0) return errors;
        if (loaded.Db.Entry(loaded.Record).State == EntityState.Deleted) return [];
        loaded.Record.UpdatedBy = loaded.Viewer.Actor;
        loaded.Db.Entry(loaded.Record).Property(r => r.UpdatedAt).IsModified = true;
        return [];
    }

    /// <summary>Saves in one transaction; a concurrent change or a slug taken meanwhile is reported, not thrown.</summary>
    private async Task<Payload<T>> SaveAsync(NetworkGraphDbContext db, T record, CancellationToken cancellationToken)
    {
        try
        {
            await IndexedSave.SaveAsync<T>(db, record.Id, cancellationToken);
            return Payload<T>.Changed(record);
        }
        catch (DbUpdateException exception)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (exception is DbUpdateConcurrencyException)
                return Conflict(await fresh.Set<T>().Where(r => r.Id == record.Id).Select(r => r.Version).FirstAsync(cancellationToken));
            if (await SlugTaken(fresh, record)) return DuplicateSlug(record);
            throw;
        }
    }

    private static Task<bool> SlugTaken(NetworkGraphDbContext db, T record) =>
        db.Set<T>().AnyAsync(r => r.Slug == record.Slug && r.Id != record.Id);

    private static Payload<T> DuplicateSlug(T record) =>
        Payload<T>.Failed(new DuplicateSlugError($"Another {Noun} already has the slug '{record.Slug}'.", record.Slug));

    private static Payload<T> Conflict(int currentVersion) =>
        Payload<T>.Failed(ConflictError.Stale(Noun, currentVersion));
}
