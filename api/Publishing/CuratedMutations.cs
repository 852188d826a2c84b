using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.Audit;
using NetworkGraph.Api.Localization;
using NetworkGraph.Data.Publishing;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// Curators create, update, publish and archive records of one curated type. Each mutation is one transaction
/// with its revision and audit event; a change carries the version it was based on, and a stale one changes nothing.
/// </summary>
public abstract partial class CuratedMutations<TType, T, TInput> : IMutationFields, IScheduledRecords
    where TType : IGraphType where T : CuratedEntity, ISlugged, new() where TInput : ICuratedInput<T>
{
    private static readonly string Noun = TInput.Noun;
    private static readonly string ANoun = Naming.WithArticle(Noun);
    /// <summary>How audit actions name the type: "advocacyGoal.update", as the noun may have a space.</summary>
    private static readonly string ActionPrefix = Naming.LowerCamel(TInput.RecordType);
    private static readonly HashSet<string> UpdateFields = new UpdateInputType<T, TInput>().Fields.Select(field => field.Name).ToHashSet();

    public string RecordType => TInput.RecordType;

    public void AddTo(ObjectGraphType mutation)
    {
        var type = TInput.RecordType;
        mutation.Field<NonNullGraphType<PayloadGraphType<TType, T>>>($"create{type}")
            .Description($"Creates {ANoun} as a draft.")
            .Argument<NonNullGraphType<CreateInputType<T, TInput>>>("input")
            .ResolveAsync(async context => await CreateAsync(context));
        AddChange<UpdateInputType<T, TInput>>(mutation, $"update{type}",
            $"Changes the given fields. On a published {Noun} the change is a draft: readers see the published version until it is published again.",
            Edit($"{ActionPrefix}.update"));
        AddChange<RestoreRevisionInputType>(mutation, $"restore{type}Revision",
            $"Saves a revision's content as a new revision, as an update would: on a published {Noun} it becomes the draft.",
            Edit($"{ActionPrefix}.restore"), ByRevisionAsync);
        AddChange<RecordVersionInputType>(mutation, $"publish{type}", $"Publishes the {Noun} with its latest draft.", PublishAsync);
        AddChange<RecordVersionInputType>(mutation, $"unpublish{type}",
            $"Takes the {Noun} back to draft, with its latest changes; readers no longer see it.", UnpublishAsync);
        AddChange<ScheduleInputType>(mutation, $"schedule{type}",
            $"Sets (or, with null, clears) when the scheduler publishes the {Noun} with its latest draft, and when it unpublishes it.", ScheduleAsync);
        AddChange<TranslationInputType>(mutation, $"set{type}Translation",
            "Sets or removes the translation of a localized field into one locale.", TranslateAsync);
        AddChange<RecordVersionInputType>(mutation, $"archive{type}",
            $"Archives the {Noun}: it is no longer shown, and its history is kept.", ArchiveAsync);
        AddChange<RecordVersionInputType>(mutation, $"delete{type}",
            $"Deletes {ANoun} that was never published and that nothing refers to, with its translations and revisions; the audit log keeps the deletion. Archive anything else.",
            DeleteAsync);
    }

    private static void AddChange<TInputType>(ObjectGraphType mutation, string name, string description, Change change, Target? target = null)
        where TInputType : IGraphType =>
        mutation.Field<NonNullGraphType<PayloadGraphType<TType, T>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async context => await ChangeAsync(context, change, target ?? ByIdAsync));

    private static async Task<Payload<T>> CreateAsync(IResolveFieldContext context)
    {
        var viewer = context.Viewer();
        if (!viewer.IsStaff) return Payload<T>.Failed(new NotAllowedError($"Only curators may create {Noun}s."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var record = new T { CreatedBy = viewer.Actor, UpdatedBy = viewer.Actor };
        var applied = new InputContext(db, viewer, Now(context), context.CancellationToken);
        await ApplyInputAsync(applied, record, input);
        if (applied.Checks.Failed) return new Payload<T>(null, applied.Checks.Errors);
        if (await SlugTaken(db, record)) return DuplicateSlug(record);
        db.Set<T>().Add(record);
        await AuditTrail.AddAsync(db, viewer, $"{ActionPrefix}.create", TInput.RecordType, record.Id, null, TInput.Snapshot(record), context.CancellationToken);
        return await SaveAsync(context, db, record);
    }

    /// <summary>Applies input to a record: the fields every type has, then the type's own.</summary>
    private static async Task ApplyInputAsync(InputContext context, T record, IDictionary<string, object?> input)
    {
        var given = new GivenInput(context, input);
        given.Shared(record);
        await TInput.ApplyAsync(given, record);
    }

    /// <summary>One kind of change to a loaded, tracked record; returns errors, or none when it may be saved.</summary>
    private delegate Task<IReadOnlyList<MutationError>> Change(ChangeContext change);

    /// <summary>Which record an input changes, and the fields it sets; or why there is none.</summary>
    private delegate Task<Targeted> Target(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken);

    private sealed record Targeted(Guid Id, IDictionary<string, object?> Fields, MutationError? Error = null)
    {
        public static Targeted Failed(MutationError error) => new(Guid.Empty, new Dictionary<string, object?>(), error);
    }

    private sealed record ChangeContext(NetworkGraphDbContext Db, Viewer Viewer, DateTime Now, T Record, IDictionary<string, object?> Input,
        Revision? Draft, CancellationToken CancellationToken)
    {
        /// <summary>A fresh context to apply input with, and to collect what is wrong with it.</summary>
        public InputContext NewInput() => new(Db, Viewer, Now, CancellationToken);
    }

    private static async Task<Payload<T>> ChangeAsync(IResolveFieldContext context, Change change, Target target)
    {
        var viewer = context.Viewer();
        if (!viewer.IsStaff) return Payload<T>.Failed(Refusals.CuratorsOnly(Noun));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var expectedVersion = (int)input["expectedVersion"]!;
        await using var db = await context.CreateDbContextAsync();
        var (id, fields, targetError) = await target(db, input, context.CancellationToken);
        if (targetError is not null) return Payload<T>.Failed(targetError);
        var loaded = await LoadAsync(db, viewer, Now(context), id, fields, context.CancellationToken);
        if (loaded is null) return Payload<T>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"]));
        if (loaded.Record.Version != expectedVersion) return Conflict(loaded.Record.Version);
        var errors = await ApplyAsync(loaded, change);
        return errors.Count > 0 ? new Payload<T>(null, errors) : await SaveAsync(context, db, loaded.Record);
    }

    /// <summary>The record, tracked with its lists, and its pending draft if it is published and has one.</summary>
    private static async Task<ChangeContext?> LoadAsync(NetworkGraphDbContext db, Viewer viewer, DateTime now, Guid id, IDictionary<string, object?> input,
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

    public Task<List<Guid>> DueAsync(NetworkGraphDbContext db, DateTime now, CancellationToken cancellationToken) =>
        db.Set<T>().Where(r => r.PublishAt <= now || r.UnpublishAt <= now).Select(r => r.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MutationError>?> ApplyScheduleAsync(NetworkGraphDbContext db, Viewer viewer, Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, viewer, now, id, new Dictionary<string, object?>(), cancellationToken);
        if (loaded is null) return null;
        var errors = loaded.Record.PublishAt <= now ? await ApplyAsync(loaded, PublishAsync) : [];
        if (errors.Count == 0 && loaded.Record.UnpublishAt <= now)
            errors = await ApplyAsync(loaded with { Draft = null }, UnpublishAsync);
        return errors;
    }

    /// <summary>The record of the input's <c>id</c>, with the other fields as the change.</summary>
    private static Task<Targeted> ByIdAsync(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken) =>
        Task.FromResult(GlobalId.TryDecodeGuid(input["id"] as string, TInput.RecordType, out var id)
            ? new Targeted(id, input.Where(field => field.Key is not ("id" or "expectedVersion")).ToDictionary())
            : Targeted.Failed(new ValidationError($"'id' is not {ANoun} ID.", ["input", "id"])));

    /// <summary>
    /// The record of the revision the input's <c>id</c> names, with that revision's content as the change: the fields an
    /// update may set, so that what a revision only records (when a defender's consent was recorded) is recorded anew.
    /// </summary>
    private static async Task<Targeted> ByRevisionAsync(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecodeGuid(input["id"] as string, RevisionId.TypeName, out var revisionId))
            return Targeted.Failed(new ValidationError("'id' is not a revision ID.", ["input", "id"]));
        var recordType = TInput.RecordType;
        var revision = await db.Revisions.FirstOrDefaultAsync(r => r.Id == revisionId && r.RecordType == recordType, cancellationToken);
        return revision is null
            ? Targeted.Failed(new NotFoundError($"No such {Noun} revision.", ["input", "id"]))
            : new Targeted(revision.RecordId, TInput.InputFrom(revision.Snapshot).Where(field => UpdateFields.Contains(field.Key)).ToDictionary());
    }

    /// <summary>Saves in one transaction; a concurrent change or a slug taken meanwhile is reported, not thrown.</summary>
    private static async Task<Payload<T>> SaveAsync(IResolveFieldContext context, NetworkGraphDbContext db, T record)
    {
        try
        {
            await IndexedSave.SaveAsync(db, TInput.RecordType, record.Id, context.CancellationToken);
            return Payload<T>.Changed(record);
        }
        catch (DbUpdateException exception)
        {
            await using var fresh = await context.CreateDbContextAsync();
            if (exception is DbUpdateConcurrencyException)
                return Conflict(await fresh.Set<T>().Where(r => r.Id == record.Id).Select(r => r.Version).FirstAsync(context.CancellationToken));
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

    private static DateTime Now(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
