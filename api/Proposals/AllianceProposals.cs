using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>
/// Partners propose alliances for their own organisation; staff may do so for any. Every record a proposal names is
/// looked up through the caller's access rules, so a hidden one is refused exactly as a missing one. What happens next
/// is <see cref="ProposalWorkflow"/>'s.
/// </summary>
public sealed class AllianceProposals(AccessRules access, IDbContextFactory<NetworkGraphDbContext> contexts)
{
    public const int MaxRationaleLength = 8000;

    public const int MaxCoalitionNameLength = 300;

    private static readonly string RecordType = EntityNodes.NameOf<AllianceProposal>();

    public async Task<Payload<AllianceProposal>> ProposeAsync(ProposeAllianceInput input, CancellationToken cancellationToken)
    {
        if (!access.MayPropose) return Payload<AllianceProposal>.Failed(new NotAllowedError("Only partners and staff may propose alliances."));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checks = new InputChecks();
        var proposer = (await VisibleIdsAsync<Organisation>(db, nameof(input.Proposer), [input.Proposer], checks, cancellationToken)).SingleOrDefault();
        if (proposer != Guid.Empty && !access.MayActFor(proposer))
            return Payload<AllianceProposal>.Failed(new NotAllowedError("A partner proposes alliances for its own organisation only."));
        var proposal = new AllianceProposal
        {
            ProposerOrganisationId = proposer, Kind = input.Kind, Rationale = input.Rationale.Trim(), CoalitionName = input.CoalitionName?.Trim(),
        };
        checks.Text(Naming.LowerCamel(nameof(input.Rationale)), proposal.Rationale, MaxRationaleLength, required: true);
        checks.Text(Naming.LowerCamel(nameof(input.CoalitionName)), proposal.CoalitionName, MaxCoalitionNameLength, required: input.Kind == ProposalKind.NewCoalition);
        var organisations = await VisibleIdsAsync<Organisation>(db, nameof(input.Organisations), input.Organisations, checks, cancellationToken);
        var defenders = await VisibleIdsAsync<Defender>(db, nameof(input.Defenders), input.Defenders, checks, cancellationToken);
        var goals = await VisibleIdsAsync<AdvocacyGoal>(db, nameof(input.SharedGoals), input.SharedGoals, checks, cancellationToken);
        var coalition = await VisibleIdsAsync<Coalition>(db, nameof(input.Coalition), input.Coalition is null ? [] : [input.Coalition], checks, cancellationToken);
        if (checks.Failed) return new Payload<AllianceProposal>(null, checks.Errors);
        if (ShapeProblem(proposal, organisations, defenders, goals, coalition) is { } shape) return Payload<AllianceProposal>.Failed(shape);

        proposal.CoalitionId = coalition.Count == 1 ? coalition[0] : null;
        proposal.CreatedBy = proposal.UpdatedBy = access.Viewer.Actor;
        proposal.Parties = [.. organisations.Select(id => new ProposalParty { OrganisationId = id }), .. defenders.Select(id => new ProposalParty { DefenderId = id })];
        proposal.SharedGoals = await db.AdvocacyGoals.AsTracking().Where(g => goals.Contains(g.Id)).ToListAsync(cancellationToken);
        db.AllianceProposals.Add(proposal);
        AuditTrail.Audit(db, access.Viewer, "allianceProposal.propose", RecordType, proposal.Id, null, new Dictionary<string, object?>
        {
            ["kind"] = proposal.Kind.ToString(), ["proposer"] = input.Proposer, ["parties"] = organisations.Count + defenders.Count, ["sharedGoals"] = goals.Count,
        });
        ChangeLog.Record(db, RecordType, proposal.Id, ChangeKind.Created);
        await ChangeLog.SaveAsync(db, alsoInTransaction: null, cancellationToken);
        return Payload<AllianceProposal>.Changed(proposal);
    }

    /// <summary>
    /// The IDs of the input field of the property, each of a record the caller may see; any other (malformed, foreign,
    /// missing or hidden) fails the field the same way.
    /// </summary>
    private async Task<List<Guid>> VisibleIdsAsync<T>(NetworkGraphDbContext db, string property, IReadOnlyList<string>? given,
        InputChecks checks, CancellationToken cancellationToken) where T : CuratedEntity
    {
        var ids = (given ?? []).Distinct().Select(value => EntityNodes.TryDecode<T>(value, out var id) ? id : Guid.Empty).ToList();
        var found = await access.Records<T>(db).Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var field = Naming.LowerCamel(property);
        if (found.Count != ids.Count) checks.Fail(field, $"'{field}' names a record that is not a {EntityNodes.NameOf<T>()} you may see.");
        return found;
    }

    /// <summary>What each kind of proposal needs: a coalition to join, one partner, shared goals, or parties and a name for a new coalition.</summary>
    private static ValidationError? ShapeProblem(AllianceProposal proposal, List<Guid> organisations, List<Guid> defenders, List<Guid> goals, List<Guid> coalition) =>
        (proposal.Kind, organisations.Contains(proposal.ProposerOrganisationId)) switch
        {
            (_, true) => Wrong(nameof(ProposeAllianceInput.Organisations), "The proposer is not one of the parties it brings in."),
            (ProposalKind.JoinCoalition, _) when coalition.Count != 1 => Wrong(nameof(ProposeAllianceInput.Coalition), "A proposal to join a coalition names the coalition."),
            (not ProposalKind.JoinCoalition, _) when coalition.Count != 0 => Wrong(nameof(ProposeAllianceInput.Coalition), "Only a proposal to join a coalition names one."),
            (ProposalKind.Partnership, _) when organisations.Count != 1 || defenders.Count != 0 => Wrong(nameof(ProposeAllianceInput.Organisations), "A partnership is proposed with exactly one organisation."),
            (not ProposalKind.NewCoalition, _) when proposal.CoalitionName is not null => Wrong(nameof(ProposeAllianceInput.CoalitionName), "Only a proposal of a new coalition names one."),
            (ProposalKind.JointGoal, _) when goals.Count == 0 => Wrong(nameof(ProposeAllianceInput.SharedGoals), "A joint goal names at least one shared goal."),
            (ProposalKind.JointGoal, _) when defenders.Count != 0 => Wrong(nameof(ProposeAllianceInput.Defenders), "Goals are supported by organisations: a joint goal names no defenders."),
            (ProposalKind.NewCoalition, _) when organisations.Count + defenders.Count == 0 => Wrong(nameof(ProposeAllianceInput.Organisations), "A new coalition brings in at least one organisation or defender."),
            _ => null,
        };

    /// <summary>What is wrong with the input field of a property of <see cref="ProposeAllianceInput"/>.</summary>
    private static ValidationError Wrong(string property, string message) => new(message, ["input", Naming.LowerCamel(property)]);
}
