using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>
/// Partners propose alliances for their own organisation and withdraw them; staff may do so for any. Every record a
/// proposal names is looked up through the caller's access rules, so a hidden one is refused exactly as a missing one.
/// </summary>
public sealed class AllianceProposalMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PayloadGraphType<AllianceProposalType, AllianceProposal>>>("proposeAlliance")
            .Description("Proposes an alliance for staff to review.")
            .Argument<NonNullGraphType<ProposeAllianceInputType>>("input")
            .ResolveAsync(async context => await ProposeAsync(context));
        mutation.Field<NonNullGraphType<PayloadGraphType<AllianceProposalType, AllianceProposal>>>("withdrawAllianceProposal")
            .Description("Withdraws a proposal that has not been decided.")
            .Argument<NonNullGraphType<WithdrawAllianceProposalInputType>>("input")
            .ResolveAsync(async context => await WithdrawAsync(context));
    }

    private static async Task<Payload<AllianceProposal>> ProposeAsync(IResolveFieldContext context)
    {
        var access = context.RequestServices!.GetRequiredService<AccessRules>();
        if (!access.MayPropose) return Payload<AllianceProposal>.Failed(new NotAllowedError("Only partners and staff may propose alliances."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        var checks = new InputChecks();
        var proposer = (await VisibleIdsAsync(db, access.Records<Organisation>(db), "Organisation", "proposer", [input["proposer"]], checks, context.CancellationToken)).SingleOrDefault();
        if (proposer != Guid.Empty && !access.MayActFor(proposer))
            return Payload<AllianceProposal>.Failed(new NotAllowedError("A partner proposes alliances for its own organisation only."));
        var proposal = new AllianceProposal { ProposerOrganisationId = proposer, Kind = (ProposalKind)input["kind"]!, Rationale = (input["rationale"] as string ?? "").Trim() };
        checks.Text("rationale", proposal.Rationale, 8000, required: true);
        var organisations = await VisibleIdsAsync(db, access.Records<Organisation>(db), "Organisation", "organisations", Ids(input, "organisations"), checks, context.CancellationToken);
        var defenders = await VisibleIdsAsync(db, access.Records<Defender>(db), "Defender", "defenders", Ids(input, "defenders"), checks, context.CancellationToken);
        var goals = await VisibleIdsAsync(db, access.Records<AdvocacyGoal>(db), "AdvocacyGoal", "sharedGoals", Ids(input, "sharedGoals"), checks, context.CancellationToken);
        var coalition = await VisibleIdsAsync(db, access.Records<Coalition>(db), "Coalition", "coalition", Ids(input, "coalition"), checks, context.CancellationToken);
        if (checks.Failed) return new Payload<AllianceProposal>(null, checks.Errors);
        if (ShapeProblem(proposal.Kind, proposer, organisations, defenders, goals, coalition) is { } shape) return Payload<AllianceProposal>.Failed(shape);

        proposal.CoalitionId = coalition.Count == 1 ? coalition[0] : null;
        proposal.CreatedBy = proposal.UpdatedBy = context.Viewer().Actor;
        proposal.Parties = [.. organisations.Select(id => new ProposalParty { OrganisationId = id }), .. defenders.Select(id => new ProposalParty { DefenderId = id })];
        proposal.SharedGoals = await db.AdvocacyGoals.AsTracking().Where(g => goals.Contains(g.Id)).ToListAsync(context.CancellationToken);
        db.AllianceProposals.Add(proposal);
        AuditTrail.Audit(db, context.Viewer(), "allianceProposal.propose", "AllianceProposal", proposal.Id, null, new Dictionary<string, object?>
        {
            ["kind"] = proposal.Kind.ToString(), ["proposer"] = input["proposer"], ["parties"] = organisations.Count + defenders.Count, ["sharedGoals"] = goals.Count,
        });
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload<AllianceProposal>.Changed(proposal);
    }

    private static async Task<Payload<AllianceProposal>> WithdrawAsync(IResolveFieldContext context)
    {
        var access = context.RequestServices!.GetRequiredService<AccessRules>();
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        await using var db = await context.CreateDbContextAsync();
        // Checked apart from loading: a no-tracking subquery would make the whole query untracked.
        var proposal = GlobalId.TryDecodeGuid(input["id"] as string, "AllianceProposal", out var id)
            && await access.AllianceProposals(db).AnyAsync(p => p.Id == id, context.CancellationToken)
                ? await db.AllianceProposals.AsTracking().FirstAsync(p => p.Id == id, context.CancellationToken)
                : null;
        if (proposal is null) return Payload<AllianceProposal>.Failed(new NotFoundError("No such proposal.", ["input", "id"]));
        if (proposal.Status is not (ProposalStatus.Proposed or ProposalStatus.UnderReview))
            return Payload<AllianceProposal>.Failed(new ValidationError($"The proposal is {proposal.Status.ToString().ToLowerInvariant()} already.", ["input", "id"]));
        var before = new Dictionary<string, object?> { ["status"] = proposal.Status.ToString() };
        proposal.Status = ProposalStatus.Withdrawn;
        proposal.UpdatedBy = context.Viewer().Actor;
        AuditTrail.Audit(db, context.Viewer(), "allianceProposal.withdraw", "AllianceProposal", proposal.Id, before, new Dictionary<string, object?> { ["status"] = proposal.Status.ToString() });
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload<AllianceProposal>.Changed(proposal);
    }

    private static List<object?> Ids(IDictionary<string, object?> input, string field) => input.TryGetValue(field, out var value) switch
    {
        false => [],
        true when value is IEnumerable<object?> list => [.. list],
        true => value is null ? [] : [value],
    };

    /// <summary>The IDs, each of a record the caller may see; any other (malformed, foreign, missing or hidden) fails the field the same way.</summary>
    private static async Task<List<Guid>> VisibleIdsAsync<T>(NetworkGraphDbContext db, IQueryable<T> visible, string type, string field,
        IReadOnlyList<object?> given, InputChecks checks, CancellationToken cancellationToken) where T : Entity
    {
        var ids = new List<Guid>();
        foreach (var value in given.Distinct())
        {
            if (GlobalId.TryDecodeGuid(value as string, type, out var id)) ids.Add(id);
            else ids.Add(Guid.Empty);
        }
        var found = await visible.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        if (found.Count != ids.Count) checks.Fail(field, $"'{field}' names a record that is not a {type} you may see.");
        return found;
    }

    /// <summary>What each kind of proposal needs: a coalition to join, one partner, shared goals, or parties for a new coalition.</summary>
    private static ValidationError? ShapeProblem(ProposalKind kind, Guid proposer, List<Guid> organisations, List<Guid> defenders, List<Guid> goals, List<Guid> coalition) =>
        (kind, organisations.Contains(proposer)) switch
        {
            (_, true) => new("The proposer is not one of the parties it brings in.", ["input", "organisations"]),
            (ProposalKind.JoinCoalition, _) when coalition.Count != 1 => new("A proposal to join a coalition names the coalition.", ["input", "coalition"]),
            (not ProposalKind.JoinCoalition, _) when coalition.Count != 0 => new("Only a proposal to join a coalition names one.", ["input", "coalition"]),
            (ProposalKind.Partnership, _) when organisations.Count != 1 || defenders.Count != 0 => new("A partnership is proposed with exactly one organisation.", ["input", "organisations"]),
            (ProposalKind.JointGoal, _) when goals.Count == 0 => new("A joint goal names at least one shared goal.", ["input", "sharedGoals"]),
            (ProposalKind.NewCoalition, _) when organisations.Count + defenders.Count == 0 => new("A new coalition brings in at least one organisation or defender.", ["input", "organisations"]),
            _ => null,
        };
}
