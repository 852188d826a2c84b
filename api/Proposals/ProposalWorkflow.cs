using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>
/// The steps of a proposal after it is made: the named organisations respond, staff review it once every one agreed,
/// then accept or decline it; the proposer may withdraw it until then. Each step checks, in order, that the caller may
/// see the proposal, may take the step, read the current version, and that the step is allowed from the proposal's
/// state (<see cref="ProposalTransitions"/>); then it is saved with its audit event and its entry in the change log.
/// </summary>
public sealed class ProposalWorkflow(AccessRules access, IDbContextFactory<NetworkGraphDbContext> contexts)
{
    public const int MaxNoteLength = 2000;

    private static readonly string RecordType = EntityNodes.NameOf<AllianceProposal>();

    /// <summary>One step applied to a loaded, tracked proposal: its errors, or what the audit event records.</summary>
    private delegate Task<StepOutcome> Step(NetworkGraphDbContext db, AllianceProposal proposal, CancellationToken cancellationToken);

    private sealed record StepOutcome(IReadOnlyList<MutationError> Errors, Dictionary<string, object?>? Details = null, Func<Task>? AlsoInTransaction = null)
    {
        public static StepOutcome Failed(MutationError error) => new([error]);
    }

    public Task<Payload<AllianceProposal>> RespondAsync(RespondToAllianceProposalInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, ProposalStep.Respond, "respond", async (db, proposal, ct) =>
        {
            var (organisation, refusal) = RespondingOrganisation(input, proposal);
            if (refusal is not null) return StepOutcome.Failed(refusal);
            var party = proposal.Parties.FirstOrDefault(p => p.OrganisationId == organisation);
            if (party is null) return StepOutcome.Failed(new NotAllowedError("Only the organisations a proposal names respond to it."));
            if (party.Response != ProposalResponse.Pending)
                return StepOutcome.Failed(new InvalidTransitionError($"The organisation has {party.Response.ToString().ToLowerInvariant()} already.", StateOf(proposal)));
            var note = Note(input.Note, out var noteError);
            if (noteError is not null) return StepOutcome.Failed(noteError);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            (party.Response, party.ResponseNote, party.RespondedAt, party.RespondedBy, party.RespondedOnBehalf) =
                (input.Agree ? ProposalResponse.Agreed : ProposalResponse.Declined, note, now, access.Viewer.Actor, access.Viewer.IsStaff);
            if (!input.Agree)
            {
                Decide(proposal, ProposalStatus.Declined, note, now);
                proposal.DeclinedByOrganisationId = organisation;
            }
            return new StepOutcome([], new()
            {
                ["organisation"] = GlobalId.Encode(EntityNodes.NameOf<Organisation>(), organisation.ToString("N")),
                ["agree"] = input.Agree, ["onBehalf"] = access.Viewer.IsStaff, ["note"] = note,
            });
        }, cancellationToken);

    public Task<Payload<AllianceProposal>> ReviewAsync(ProposalStepInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, ProposalStep.Review, "review", (_, proposal, _) =>
        {
            var waiting = proposal.Parties.Count(p => p.OrganisationId is not null && p.Response != ProposalResponse.Agreed);
            if (waiting > 0)
                return Task.FromResult(StepOutcome.Failed(new InvalidTransitionError(
                    $"{waiting} of the named organisations {(waiting == 1 ? "has" : "have")} not agreed yet.", StateOf(proposal))));
            var note = Note(input.Note, out var noteError);
            if (noteError is not null) return Task.FromResult(StepOutcome.Failed(noteError));
            proposal.Status = ProposalStatus.UnderReview;
            return Task.FromResult(new StepOutcome([], new() { ["note"] = note }));
        }, cancellationToken);

    public Task<Payload<AllianceProposal>> AcceptAsync(AcceptAllianceProposalInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, ProposalStep.Accept, "accept", async (db, proposal, ct) =>
        {
            var note = Note(input.Note, out var noteError);
            if (noteError is not null) return StepOutcome.Failed(noteError);
            var acceptance = new ProposalAcceptance(db, access.Viewer, proposal, input.Publish);
            if (await acceptance.ArchivedRecordAsync(ct) is { } archived)
                return StepOutcome.Failed(new ValidationError($"The proposal names {archived}, archived since: decline it instead.", ["input", "id"]));
            await acceptance.CreateAsync(ct);
            Decide(proposal, ProposalStatus.Accepted, note, db.Clock.GetUtcNow().UtcDateTime);
            return new StepOutcome([], new()
            {
                ["publish"] = input.Publish, ["note"] = note,
                ["created"] = proposal.Created.Select(c => GlobalId.Encode(c.RecordType, c.RecordId.ToString("N"))).ToList(),
            }, acceptance.AlsoInTransaction(ct));
        }, cancellationToken);

    public Task<Payload<AllianceProposal>> DeclineAsync(ProposalStepInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, ProposalStep.Decline, "decline", (db, proposal, _) => Task.FromResult(Close(db, proposal, ProposalStatus.Declined, input.Note)), cancellationToken);

    public Task<Payload<AllianceProposal>> WithdrawAsync(ProposalStepInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, ProposalStep.Withdraw, "withdraw", (db, proposal, _) => Task.FromResult(Close(db, proposal, ProposalStatus.Withdrawn, input.Note)), cancellationToken);

    /// <summary>Ends the proposal with a note, and no more.</summary>
    private StepOutcome Close(NetworkGraphDbContext db, AllianceProposal proposal, ProposalStatus status, string? givenNote)
    {
        var note = Note(givenNote, out var noteError);
        if (noteError is not null) return StepOutcome.Failed(noteError);
        Decide(proposal, status, note, db.Clock.GetUtcNow().UtcDateTime);
        return new StepOutcome([], new() { ["note"] = note });
    }

    private void Decide(AllianceProposal proposal, ProposalStatus status, string? note, DateTime now) =>
        (proposal.Status, proposal.DecisionNote, proposal.DecidedAt, proposal.DecidedBy) = (status, note, now, access.Viewer.Actor);

    /// <summary>The organisation a response is for: a partner's own (naming another is not allowed); the one staff name.</summary>
    private (Guid Organisation, MutationError? Refusal) RespondingOrganisation(RespondToAllianceProposalInput input, AllianceProposal proposal)
    {
        string[] field = ["input", Naming.LowerCamel(nameof(input.Organisation))];
        var named = Guid.Empty;
        if (input.Organisation is not null && !EntityNodes.TryDecode<Organisation>(input.Organisation, out named))
            return (Guid.Empty, new ValidationError("'organisation' is not an organisation ID.", field));
        if (access.Viewer.IsStaff)
            return input.Organisation is null ? (Guid.Empty, new ValidationError("Staff name the organisation they respond for.", field)) : (named, null);
        var own = access.Viewer.OrganisationId ?? Guid.Empty;
        if (input.Organisation is not null && named != own) return (Guid.Empty, new NotAllowedError("A partner responds for its own organisation only."));
        return own == proposal.ProposerOrganisationId
            ? (Guid.Empty, new NotAllowedError("The proposer does not respond to its own proposal."))
            : (own, null);
    }

    /// <summary>Loads the proposal the input names as the caller may see it, and applies the step where every check passes.</summary>
    private async Task<Payload<AllianceProposal>> ApplyAsync(RecordVersion input, ProposalStep step, string action, Step apply, CancellationToken cancellationToken)
    {
        if (!access.MayPropose) return Payload<AllianceProposal>.Failed(new NotAllowedError("Only partners and staff take part in alliance proposals."));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, input.Id, cancellationToken);
        if (proposal is null) return Payload<AllianceProposal>.Failed(new NotFoundError("No such proposal.", ["input", "id"]));
        if (Refusal(step, proposal) is { } refusal) return Payload<AllianceProposal>.Failed(refusal);
        if (proposal.Version != input.ExpectedVersion) return Conflict(proposal.Version);
        if (!ProposalTransitions.Allows(step, proposal.Status))
            return Payload<AllianceProposal>.Failed(new InvalidTransitionError(
                $"A proposal that is {Naming.Words(proposal.Status.ToString()).ToLowerInvariant()} cannot be {ProposalTransitions.PastTense(step)}.", StateOf(proposal)));

        var before = proposal.Status;
        var outcome = await apply(db, proposal, cancellationToken);
        if (outcome.Errors.Count > 0) return new Payload<AllianceProposal>(null, outcome.Errors);
        proposal.UpdatedBy = access.Viewer.Actor;
        db.Entry(proposal).Property(p => p.UpdatedAt).IsModified = true;
        var details = outcome.Details ?? [];
        details["status"] = proposal.Status.ToString();
        AuditTrail.Audit(db, access.Viewer, $"allianceProposal.{action}", RecordType, proposal.Id, new Dictionary<string, object?> { ["status"] = before.ToString() }, details);
        ChangeLog.Record(db, RecordType, proposal.Id, ChangeKind.Updated);
        try
        {
            await ChangeLog.SaveAsync(db, outcome.AlsoInTransaction, cancellationToken);
            return Payload<AllianceProposal>.Changed(proposal);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return Conflict(await fresh.AllianceProposals.Where(p => p.Id == proposal.Id).Select(p => p.Version).FirstAsync(cancellationToken));
        }
    }

    /// <summary>Who may take each step: a named organisation responds, staff review and decide, the proposer withdraws.</summary>
    private NotAllowedError? Refusal(ProposalStep step, AllianceProposal proposal) => step switch
    {
        ProposalStep.Review or ProposalStep.Accept or ProposalStep.Decline when !access.MayReviewProposals =>
            new NotAllowedError("Only staff review, accept and decline alliance proposals."),
        ProposalStep.Withdraw when !access.MayActFor(proposal.ProposerOrganisationId) => new NotAllowedError("Only the proposer withdraws a proposal."),
        _ => null,
    };

    /// <summary>The proposal, tracked with its parties, when the caller may see it; checked apart from loading, as a no-tracking subquery would make the whole query untracked.</summary>
    private async Task<AllianceProposal?> LoadAsync(NetworkGraphDbContext db, string globalId, CancellationToken cancellationToken) =>
        EntityNodes.TryDecode<AllianceProposal>(globalId, out var id) && await access.AllianceProposals(db).AnyAsync(p => p.Id == id, cancellationToken)
            ? await db.AllianceProposals.AsTracking().Include(p => p.Parties).Include(p => p.SharedGoals).FirstAsync(p => p.Id == id, cancellationToken)
            : null;

    private static string? Note(string? given, out ValidationError? error)
    {
        var note = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        error = note?.Length > MaxNoteLength ? new ValidationError($"'note' is longer than {MaxNoteLength} characters.", ["input", "note"]) : null;
        return note;
    }

    /// <summary>The proposal's state as its <c>status</c> field names it: "UNDER_REVIEW".</summary>
    private static string StateOf(AllianceProposal proposal) => proposal.Status.ToString().ToConstantCase();

    private static Payload<AllianceProposal> Conflict(int currentVersion) => Payload<AllianceProposal>.Failed(ConflictError.Stale("proposal", currentVersion));
}
