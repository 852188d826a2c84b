using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.GraphQL;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

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
        mutation.Field<NonNullGraphType<PayloadGraphType<OrganisationType, Organisation>>>("updateOrganisation")
            .Description("Changes the given fields of an organisation.")
            .Argument<NonNullGraphType<UpdateOrganisationInputType>>("input")
            .ResolveAsync(async context => await ChangeAsync(context, "organisation.update",
                (db, organisation, input, checks, ct) => OrganisationInput.ApplyAsync(db, organisation, input, checks, ct)));
        mutation.Field<NonNullGraphType<PayloadGraphType<OrganisationType, Organisation>>>("archiveOrganisation")
            .Description("Archives an organisation: it is no longer shown, and its history is kept.")
            .Argument<NonNullGraphType<ArchiveOrganisationInputType>>("input")
            .ResolveAsync(async context => await ChangeAsync(context, "organisation.archive", (_, organisation, _, _, _) =>
            {
                organisation.Status = ContentStatus.Archived;
                return Task.CompletedTask;
            }));
    }

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

    private delegate Task Change(NetworkGraphDbContext db, Organisation organisation, IDictionary<string, object?> input, InputChecks checks, CancellationToken cancellationToken);

    private static async Task<Payload<Organisation>> ChangeAsync(IResolveFieldContext context, string action, Change change)
    {
        var viewer = context.RequestServices!.GetRequiredService<CurrentViewer>().Viewer;
        if (!viewer.IsStaff) return Payload<Organisation>.Failed(new NotAllowedError("Only curators may change organisations."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        if (!TryDecodeId(input["id"] as string, out var id)) return Payload<Organisation>.Failed(new ValidationError("'id' is not an organisation ID.", ["input", "id"]));
        var expectedVersion = (int)input["expectedVersion"]!;
        await using var db = await context.CreateDbContextAsync();
        var organisation = await db.Organisations.AsTracking().Include(o => o.Themes).Include(o => o.OperatingCountries)
            .FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken);
        if (organisation is null) return Payload<Organisation>.Failed(new NotFoundError("No such organisation.", ["input", "id"]));
        if (organisation.Version != expectedVersion) return Conflict(organisation.Version);

        var before = OrganisationInput.Snapshot(organisation);
        var checks = new InputChecks();
        await change(db, organisation, input.Where(field => field.Key is not ("id" or "expectedVersion")).ToDictionary(), checks, context.CancellationToken);
        if (checks.Failed) return new Payload<Organisation>(null, checks.Errors);
        if ((string)before["slug"]! != organisation.Slug && await SlugTaken(db, organisation)) return DuplicateSlug(organisation);
        organisation.UpdatedBy = viewer.Actor;
        // Lists live in join tables; marking the row keeps the version check and bump for list-only changes.
        db.Entry(organisation).Property(o => o.UpdatedAt).IsModified = true;
        await ChangeLog.AddAsync(db, viewer, action, RecordType, organisation.Id, before, OrganisationInput.Snapshot(organisation), context.CancellationToken);
        return await SaveAsync(context, db, organisation);
    }

    /// <summary>Saves in one transaction; a concurrent change or a slug taken meanwhile is reported, not thrown.</summary>
    private static async Task<Payload<Organisation>> SaveAsync(IResolveFieldContext context, NetworkGraphDbContext db, Organisation organisation)
    {
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
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

    private static bool TryDecodeId(string? value, out Guid id)
    {
        id = Guid.Empty;
        if (value is null) return false;
        try
        {
            id = GlobalId.DecodeGuid(value, RecordType);
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

public sealed class ArchiveOrganisationInputType : InputObjectGraphType
{
    public ArchiveOrganisationInputType()
    {
        Name = "ArchiveOrganisationInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
    }
}
