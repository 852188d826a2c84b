using NetworkGraph.Api.Access;
using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>
/// Curators add, update, end and remove the edges of one kind. Each mutation is one transaction with its audit event;
/// a change carries the version it was based on, and a stale one changes nothing.
/// </summary>
public abstract partial class EdgeMutations<TType, T, TInput> : IMutationFields
    where TType : IGraphType where T : EdgeEntity, new() where TInput : IEdgeInput<T>
{
    private static readonly string Noun = TInput.Noun;

    /// <summary>A change to a loaded, tracked edge; returns errors, or none when it may be saved.</summary>
    private delegate Task<IReadOnlyList<MutationError>> Change(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, CancellationToken cancellationToken);

    public void AddTo(ObjectGraphType mutation)
    {
        var type = TInput.RecordType;
        AddField<AddEdgeInputType<T, TInput>>(mutation, $"add{type}", $"Records a new {Noun} between existing records.", AddAsync);
        AddField<UpdateEdgeInputType<T, TInput>>(mutation, $"update{type}", $"Changes the given fields of the {Noun}; its ends stay as they are.",
            context => ChangeAsync(context, "update", UpdateAsync));
        AddField<EndEdgeInputType>(mutation, $"end{type}", $"Ends the {Noun}: it stays on record with the day it ended.",
            context => ChangeAsync(context, "end", EndAsync));
        AddField<RecordVersionInputType>(mutation, $"remove{type}", $"Deletes {ANoun} recorded in error; a tie that ended is ended, not removed.",
            context => ChangeAsync(context, "remove", RemoveAsync));
    }

    private static string ANoun => Naming.WithArticle(Noun);

    private static void AddField<TInputType>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<Payload<T>>> resolve)
        where TInputType : IGraphType =>
        mutation.Field<NonNullGraphType<PayloadGraphType<TType, T>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async context => await resolve(context));

    private static async Task<Payload<T>> AddAsync(IResolveFieldContext context)
    {
        var viewer = context.Viewer();
        if (!viewer.IsStaff) return NotAllowed();
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var edge = new T { CreatedBy = viewer.Actor, UpdatedBy = viewer.Actor };
        var checks = new InputChecks();
        await SetEndsAsync(db, edge, input, checks, context.CancellationToken);
        ApplyFields(edge, input, checks);
        if (checks.Failed) return new Payload<T>(null, checks.Errors);
        if (await CurrentTwinExistsAsync(db, edge, context.CancellationToken)) return Twin();
        db.Set<T>().Add(edge);
        AuditTrail.Audit(db, viewer, $"{Noun}.add", TInput.RecordType, edge.Id, null, Snapshot(edge));
        return await SaveAsync(context, db, edge);
    }

    private static async Task<Payload<T>> ChangeAsync(IResolveFieldContext context, string action, Change change)
    {
        var viewer = context.Viewer();
        if (!viewer.IsStaff) return NotAllowed();
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        if (!GlobalId.TryDecodeGuid(input["id"] as string, TInput.RecordType, out var id))
            return Payload<T>.Failed(new ValidationError($"'id' is not {Naming.WithArticle(TInput.RecordType)} ID.", ["input", "id"]));
        await using var db = await context.CreateDbContextAsync();
        var edge = await db.Set<T>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
        if (edge is null) return Payload<T>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"]));
        if (edge.Version != (int)input["expectedVersion"]!) return Conflict(edge.Version);
        var before = Snapshot(edge);
        var fields = input.Where(field => field.Key is not ("id" or "expectedVersion")).ToDictionary();
        var errors = await change(db, edge, fields, context.CancellationToken);
        if (errors.Count > 0) return new Payload<T>(null, errors);
        edge.UpdatedBy = viewer.Actor;
        var after = db.Entry(edge).State == EntityState.Deleted ? before.ToDictionary(field => field.Key, _ => (object?)null) : Snapshot(edge);
        AuditTrail.Audit(db, viewer, $"{Noun}.{action}", TInput.RecordType, edge.Id, before, after);
        return await SaveAsync(context, db, edge);
    }

    private static async Task<IReadOnlyList<MutationError>> UpdateAsync(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var checks = new InputChecks();
        ApplyFields(edge, input, checks);
        if (checks.Failed) return checks.Errors;
        return await CurrentTwinExistsAsync(db, edge, cancellationToken) ? Twin().Errors : [];
    }

    private static Task<IReadOnlyList<MutationError>> EndAsync(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var today = Today(db);
        var until = (input.TryGetValue("until", out var given) ? given as DateOnly? : null) ?? today;
        IReadOnlyList<MutationError> errors =
            edge.Until <= today ? [new ValidationError($"The {Noun} already ended on {edge.Until:yyyy-MM-dd}.", ["input", "id"])]
            : until < edge.Since ? [new ValidationError("'until' must not be before the day the tie began.", ["input", "until"])]
            : [];
        if (errors.Count == 0) edge.Until = until;
        return Task.FromResult(errors);
    }

    private static Task<IReadOnlyList<MutationError>> RemoveAsync(NetworkGraphDbContext db, T edge, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        db.Remove(edge);
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
    }

    /// <summary>Saves in one transaction; a change made meanwhile by someone else is reported as a conflict, not thrown.</summary>
    private static async Task<Payload<T>> SaveAsync(IResolveFieldContext context, NetworkGraphDbContext db, T edge)
    {
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
            return Payload<T>.Changed(edge);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await context.CreateDbContextAsync();
            var current = await fresh.Set<T>().Where(e => e.Id == edge.Id).Select(e => (int?)e.Version).FirstOrDefaultAsync(context.CancellationToken);
            return current is null ? Payload<T>.Failed(new NotFoundError($"No such {Noun}.", ["input", "id"])) : Conflict(current.Value);
        }
    }

    private static DateOnly Today(NetworkGraphDbContext db) => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    private static Payload<T> NotAllowed() => Payload<T>.Failed(Refusals.CuratorsOnly(Noun));

    private static Payload<T> Conflict(int currentVersion) =>
        Payload<T>.Failed(ConflictError.Stale(Noun, currentVersion));

    private static Payload<T> Twin() =>
        Payload<T>.Failed(new ValidationError($"The same {Noun} is already on record and has not ended: update that one instead.", ["input"]));
}
