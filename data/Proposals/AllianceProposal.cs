using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Proposals;

/// <summary>
/// A partner's proposal of a new alliance: the organisations it names respond, staff review it once all agreed, and
/// acceptance creates what it asks for.
/// </summary>
public sealed class AllianceProposal : Entity
{
    public Guid ProposerOrganisationId { get; set; }
    public Organisation? ProposerOrganisation { get; set; }
    public ProposalKind Kind { get; set; }
    public string Rationale { get; set; } = "";
    /// <summary>The name of the coalition to found, for <see cref="ProposalKind.NewCoalition"/>.</summary>
    public string? CoalitionName { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Proposed;
    public string? DecisionNote { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The named organisation whose refusal ended the proposal; null when staff declined it.</summary>
    public Guid? DeclinedByOrganisationId { get; set; }
    /// <summary>The coalition to join, for <see cref="ProposalKind.JoinCoalition"/>.</summary>
    public Guid? CoalitionId { get; set; }
    public Coalition? Coalition { get; set; }
    /// <summary>What acceptance created: a coalition, memberships, a partnership, goal supports.</summary>
    public List<ProposalCreatedRecord> Created { get; set; } = [];
    public List<ProposalParty> Parties { get; set; } = [];
    public List<AdvocacyGoal> SharedGoals { get; set; } = [];
}

/// <summary>An organisation or a defender (exactly one) that a proposal would bring in.</summary>
public sealed class ProposalParty
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProposalId { get; set; }
    public AllianceProposal? Proposal { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? DefenderId { get; set; }
    public Defender? Defender { get; set; }
    /// <summary>A named organisation's answer; defenders are not asked.</summary>
    public ProposalResponse Response { get; set; }
    public string? ResponseNote { get; set; }
    public DateTime? RespondedAt { get; set; }
    public string? RespondedBy { get; set; }
    /// <summary>Whether staff recorded the response on the organisation's behalf.</summary>
    public bool RespondedOnBehalf { get; set; }
}

/// <summary>A record that the acceptance of a proposal created, in the order it was created.</summary>
public sealed class ProposalCreatedRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProposalId { get; set; }
    /// <summary>The record's type by its entity's name, as global IDs name it: "Coalition", "Membership".</summary>
    public string RecordType { get; set; } = "";
    public Guid RecordId { get; set; }
}

public enum ProposalKind { NewCoalition, JoinCoalition, Partnership, JointGoal }

public enum ProposalStatus { Proposed, UnderReview, Accepted, Declined, Withdrawn }

public enum ProposalResponse { Pending, Agreed, Declined }
