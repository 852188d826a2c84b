using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.GraphQL;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Publishing;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Organisations;

/// <summary>
/// Curators create, update and archive organisations. Each mutation is one transaction with its revision and
/// audit event; an update carries the version it was based on, and a stale one changes nothing.
/// </summary>
public sealed class OrganisationMutations : IMutationFields
{
    private const string RecordType = "Organisation";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PayloadGraphType<OrganisationType, Organisation>>>("createOrganisation")
            .Description("Creates an organisation as a draft.")
            .Argument<NonNullGraphType<CreateOrganisationInputType>>("input")
            .ResolveAsync(async context => await CreateAsync(context));
        AddChange<UpdateOrganisationInputType>(mutation, "updateOrganisation",
            "Changes the given fields. On a published organisation the change is a draft: readers see the published version until it is published again.",
            Edit("organisation.update"));
        AddChange<RestoreRevisionInputType>(mutation, "restoreOrganisationRevision",
            "Saves a revision's content as a new revision, as an update would: on a published organisation it becomes the draft.",
            Edit("organisation.restore"), ByRevisionAsync);
        AddChange<RecordVersionInputType>(mutation, "publishOrganisation",
            "Publishes the organisation with its latest draft.", PublishAsync);
        AddChange<RecordVersionInputType>(mutation, "unpublishOrganisation",
            "Takes the organisation back to draft, with its latest changes; readers no longer see it.", UnpublishAsync);
        AddChange<ScheduleInputType>(mutation, "scheduleOrganisation",
            "Sets (or, with null, clears) when the scheduler publishes the organisation with its latest draft, and when it unpublishes it.", ScheduleAsync);
        AddChange<TranslationInputType>(mutation, "setOrganisationTranslation",
            "Sets or removes the translation of a localized field into one locale.", TranslateAsync);
        AddChange<RecordVersionInputType>(mutation, "archiveOrganisation",
            "Archives the organisation: it is no longer shown, and its history is kept.", ArchiveAsync);
    }

    private static void AddChange<TInput>(ObjectGraphType mutation, string name, string description, Change change, Target? target = null)
        where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<PayloadGraphType<OrganisationType, Organisation>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async context => await ChangeAsync(context, change, target ?? ByIdAsync));

    private static async Task<Payload<Organisation>> CreateAsync(IResolveFieldContext context)
    {
        var viewer = context.RequestServices!.GetRequiredService<CurrentViewer>().Viewer;
        if (!viewer.IsStaff) return Payload<Organisation>.Failed(new NotAllowedError("Only curators may create organisations."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var organisation = new Organisation { CreatedBy = viewer.Actor, UpdatedBy = viewer.Actor };
        var checks = new InputChecks();
        await OrganisationInput.ApplyAsync(db, organisation, input, checks, context.CancellationToken);
        if (checks.Failed) return new Payload<Organisation>(null, checks.Errors);
        if (await SlugTaken(db, organisation)) return DuplicateSlug(organisation);
        db.Organisations.Add(organisation);
        await ChangeLog.AddAsync(db, viewer, "organisation.create", RecordType, organisation.Id, null, OrganisationInput.Snapshot(organisation), context.CancellationToken);
        return await SaveAsync(context, db, organisation);
    }

    /// <summary>One kind of change to a loaded, tracked organisation; returns errors, or none when it may be saved.</summary>
    internal delegate Task<IReadOnlyList<MutationError>> Change(ChangeContext change);

    /// <summary>Which organisation an input changes, and the fields it sets; or why there is none.</summary>
    private delegate Task<Targeted> Target(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken);

    private sealed record Targeted(Guid Id, IDictionary<string, object?> Fields, MutationError? Error = null)
    {
        public static Targeted Failed(MutationError error) => new(Guid.Empty, new Dictionary<string, object?>(), error);
    }

    internal sealed record ChangeContext(NetworkGraphDbContext Db, Viewer Viewer, Organisation Organisation, IDictionary<string, object?> Input,
        Revision? Draft, CancellationToken CancellationToken);

    private static async Task<Payload<Organisation>> ChangeAsync(IResolveFieldContext context, Change change, Target target)
    {
        var viewer = context.RequestServices!.GetRequiredService<CurrentViewer>().Viewer;
        if (!viewer.IsStaff) return Payload<Organisation>.Failed(new NotAllowedError("Only curators may change organisations."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var expectedVersion = (int)input["expectedVersion"]!;
        await using var db = await context.CreateDbContextAsync();
        var (id, fields, targetError) = await target(db, input, context.CancellationToken);
        if (targetError is not null) return Payload<Organisation>.Failed(targetError);
        var loaded = await LoadAsync(db, viewer, id, fields, context.CancellationToken);
        if (loaded is null) return Payload<Organisation>.Failed(new NotFoundError("No such organisation.", ["input", "id"]));
        if (loaded.Organisation.Version != expectedVersion) return Conflict(loaded.Organisation.Version);
        var errors = await ApplyAsync(loaded, change);
        return errors.Count > 0 ? new Payload<Organisation>(null, errors) : await SaveAsync(context, db, loaded.Organisation);
    }

    /// <summary>The organisation, tracked with its lists, and its pending draft if it is published and has one.</summary>
    internal static async Task<ChangeContext?> LoadAsync(NetworkGraphDbContext db, Viewer viewer, Guid id, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsTracking().Include(o => o.Themes).Include(o => o.OperatingCountries)
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null) return null;
        var latest = await ChangeLog.LatestAsync(db, id, cancellationToken);
        var draft = organisation.Status == ContentStatus.Published && latest is not null && latest.Number > (organisation.PublishedRevision ?? 0) ? latest : null;
        return new ChangeContext(db, viewer, organisation, input, draft, cancellationToken);
    }

    /// <summary>Makes a change ready to save: every change bumps the version, also when only a draft or a list changed.</summary>
    internal static async Task<IReadOnlyList<MutationError>> ApplyAsync(ChangeContext loaded, Change change)
    {
        var errors = await change(loaded);
        if (errors.Count > 0) return errors;
        loaded.Organisation.UpdatedBy = loaded.Viewer.Actor;
        loaded.Db.Entry(loaded.Organisation).Property(o => o.UpdatedAt).IsModified = true;
        return [];
    }

    /// <summary>The organisation of the input's <c>id</c>, with the other fields as the change.</summary>
    private static Task<Targeted> ByIdAsync(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken) =>
        Task.FromResult(TryDecodeId(input["id"] as string, RecordType, out var id)
            ? new Targeted(id, input.Where(field => field.Key is not ("id" or "expectedVersion")).ToDictionary())
            : Targeted.Failed(new ValidationError("'id' is not an organisation ID.", ["input", "id"])));

    /// <summary>The organisation of the revision the input's <c>id</c> names, with that revision's content as the change.</summary>
    private static async Task<Targeted> ByRevisionAsync(NetworkGraphDbContext db, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        if (!TryDecodeId(input["id"] as string, RevisionId.TypeName, out var revisionId))
            return Targeted.Failed(new ValidationError("'id' is not a revision ID.", ["input", "id"]));
        var revision = await db.Revisions.FirstOrDefaultAsync(r => r.Id == revisionId && r.RecordType == RecordType, cancellationToken);
        return revision is null
            ? Targeted.Failed(new NotFoundError("No such organisation revision.", ["input", "id"]))
            : new Targeted(revision.RecordId, OrganisationInput.InputFrom(revision.Snapshot));
    }

    private static Change Edit(string action) => change => EditAsync(change, action);

    /// <summary>Edits the record itself, or — once published — its draft, which starts from the latest draft or the published version.</summary>
    private static async Task<IReadOnlyList<MutationError>> EditAsync(ChangeContext change, string action)
    {
        var (db, viewer, organisation, input, draft, cancellationToken) = change;
        var checks = new InputChecks();
        var edited = organisation;
        if (organisation.Status == ContentStatus.Published)
        {
            edited = new Organisation { Id = organisation.Id, Status = organisation.Status };
            var start = draft?.Snapshot ?? JsonSerializer.Serialize(OrganisationInput.Snapshot(organisation));
            await OrganisationInput.ApplyAsync(db, edited, OrganisationInput.InputFrom(start), checks, cancellationToken);
        }
        var before = OrganisationInput.Snapshot(edited);
        await OrganisationInput.ApplyAsync(db, edited, input, checks, cancellationToken);
        if (checks.Failed) return checks.Errors;
        if ((string)before["slug"]! != edited.Slug && await SlugTaken(db, edited)) return DuplicateSlug(edited).Errors;
        await ChangeLog.AddAsync(db, viewer, action, RecordType, organisation.Id, before, OrganisationInput.Snapshot(edited), cancellationToken);
        return [];
    }

    internal static async Task<IReadOnlyList<MutationError>> PublishAsync(ChangeContext change)
    {
        var before = OrganisationInput.Snapshot(change.Organisation);
        var errors = await ApplyDraftAsync(change);
        if (errors.Count > 0) return errors;
        change.Organisation.Status = ContentStatus.Published;
        change.Organisation.PublishAt = null;
        change.Organisation.PublishedRevision = (await ChangeLog.LatestAsync(change.Db, change.Organisation.Id, change.CancellationToken))?.Number;
        ChangeLog.Audit(change.Db, change.Viewer, "organisation.publish", RecordType, change.Organisation.Id, before, OrganisationInput.Snapshot(change.Organisation));
        return [];
    }

    internal static async Task<IReadOnlyList<MutationError>> UnpublishAsync(ChangeContext change)
    {
        var before = OrganisationInput.Snapshot(change.Organisation);
        var errors = await ApplyDraftAsync(change);
        if (errors.Count > 0) return errors;
        change.Organisation.Status = ContentStatus.Draft;
        change.Organisation.PublishedRevision = null;
        change.Organisation.UnpublishAt = null;
        ChangeLog.Audit(change.Db, change.Viewer, "organisation.unpublish", RecordType, change.Organisation.Id, before, OrganisationInput.Snapshot(change.Organisation));
        return [];
    }

    private static Task<IReadOnlyList<MutationError>> ScheduleAsync(ChangeContext change)
    {
        var (_, viewer, organisation, input, _, _) = change;
        var before = Schedule(organisation);
        organisation.PublishAt = (input.TryGetValue("publishAt", out var publishAt) ? publishAt as DateTime? : null)?.ToUniversalTime();
        organisation.UnpublishAt = (input.TryGetValue("unpublishAt", out var unpublishAt) ? unpublishAt as DateTime? : null)?.ToUniversalTime();
        if (organisation.PublishAt is { } publish && organisation.UnpublishAt is { } unpublish && unpublish <= publish)
            return Task.FromResult<IReadOnlyList<MutationError>>([new ValidationError("'unpublishAt' must be after 'publishAt'.", ["input", "unpublishAt"])]);
        ChangeLog.Audit(change.Db, viewer, "organisation.schedule", RecordType, organisation.Id, before, Schedule(organisation));
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
    }

    private static Dictionary<string, object?> Schedule(Organisation o) => new() { ["publishAt"] = o.PublishAt, ["unpublishAt"] = o.UnpublishAt };

    private static readonly string[] LocalizedFields = ["description"];

    private static async Task<IReadOnlyList<MutationError>> TranslateAsync(ChangeContext change)
    {
        var (db, viewer, organisation, input, _, cancellationToken) = change;
        var field = input["field"] as string ?? "";
        var locale = input["locale"] as string ?? "";
        var text = input.TryGetValue("text", out var value) ? value as string : null;
        var checks = new InputChecks();
        if (!LocalizedFields.Contains(field)) checks.Fail("field", $"'{field}' is not a localized field; organisations have: {string.Join(", ", LocalizedFields)}.");
        checks.Locale("locale", locale);
        if (locale.Equals(organisation.DefaultLocale, StringComparison.OrdinalIgnoreCase))
            checks.Fail("locale", $"'{locale}' is the organisation's default locale: change the field itself.");
        checks.Text("text", text, 8000, required: false);
        if (checks.Failed) return checks.Errors;

        var existing = await db.LocalizedTexts.AsTracking()
            .FirstOrDefaultAsync(t => t.OwnerId == organisation.Id && t.Field == field && t.Locale == locale, cancellationToken);
        var key = $"{field}@{locale}";
        var before = new Dictionary<string, object?> { [key] = existing?.Text };
        if (string.IsNullOrEmpty(text))
        {
            if (existing is not null) db.LocalizedTexts.Remove(existing);
        }
        else if (existing is null) db.LocalizedTexts.Add(new LocalizedText { OwnerId = organisation.Id, Field = field, Locale = locale, Text = text });
        else existing.Text = text;
        ChangeLog.Audit(db, viewer, "organisation.translate", RecordType, organisation.Id, before, new Dictionary<string, object?> { [key] = string.IsNullOrEmpty(text) ? null : text });
        return [];
    }

    private static Task<IReadOnlyList<MutationError>> ArchiveAsync(ChangeContext change)
    {
        var before = OrganisationInput.Snapshot(change.Organisation);
        change.Organisation.Status = ContentStatus.Archived;
        ChangeLog.Audit(change.Db, change.Viewer, "organisation.archive", RecordType, change.Organisation.Id, before, OrganisationInput.Snapshot(change.Organisation));
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
    }

    /// <summary>Copies a pending draft onto the record's own columns and lists.</summary>
    private static async Task<IReadOnlyList<MutationError>> ApplyDraftAsync(ChangeContext change)
    {
        if (change.Draft is null) return [];
        var checks = new InputChecks();
        var slug = change.Organisation.Slug;
        await OrganisationInput.ApplyAsync(change.Db, change.Organisation, OrganisationInput.InputFrom(change.Draft.Snapshot), checks, change.CancellationToken);
        if (checks.Failed) return checks.Errors;
        return slug != change.Organisation.Slug && await SlugTaken(change.Db, change.Organisation) ? DuplicateSlug(change.Organisation).Errors : [];
    }

    /// <summary>Saves in one transaction; a concurrent change or a slug taken meanwhile is reported, not thrown.</summary>
    private static async Task<Payload<Organisation>> SaveAsync(IResolveFieldContext context, NetworkGraphDbContext db, Organisation organisation)
    {
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
            // The index is derived data, refreshed right after the change it follows.
            await SearchIndex.ReindexAsync(db, RecordType, organisation.Id, context.CancellationToken);
            return Payload<Organisation>.Changed(organisation);
        }
        catch (DbUpdateException exception)
        {
            await using var fresh = await context.CreateDbContextAsync();
            if (exception is DbUpdateConcurrencyException)
                return Conflict(await fresh.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Version).FirstAsync(context.CancellationToken));
            if (await SlugTaken(fresh, organisation)) return DuplicateSlug(organisation);
            throw;
        }
    }

    private static Task<bool> SlugTaken(NetworkGraphDbContext db, Organisation organisation) =>
        db.Organisations.AnyAsync(o => o.Slug == organisation.Slug && o.Id != organisation.Id);

    private static Payload<Organisation> DuplicateSlug(Organisation organisation) =>
        Payload<Organisation>.Failed(new DuplicateSlugError($"Another organisation already has the slug '{organisation.Slug}'.", organisation.Slug));

    private static Payload<Organisation> Conflict(int currentVersion) =>
        Payload<Organisation>.Failed(new ConflictError("The organisation changed since it was read; read it again and retry.", currentVersion));

    private static bool TryDecodeId(string? value, string type, out Guid id)
    {
        id = Guid.Empty;
        if (value is null) return false;
        try
        {
            id = GlobalId.DecodeGuid(value, type);
            return true;
        }
        catch (CodedError)
        {
            return false;
        }
    }
}

public sealed class CreateOrganisationInputType : InputObjectGraphType
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        OrganisationInput.AddFields(this, create: true);
    }
}

public sealed class UpdateOrganisationInputType : InputObjectGraphType
{
    public UpdateOrganisationInputType()
    {
        Name = "UpdateOrganisationInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        OrganisationInput.AddFields(this, create: false);
    }
}
