using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Proposals;

/// <summary>A partner's proposal of a new alliance, reviewed by staff.</summary>
public sealed class AllianceProposal : Entity
{
    public Guid ProposerOrganisationId { get; set; }
    public Organisation? ProposerOrganisation { get; set; }
    public ProposalKind Kind { get; set; }
    public string Rationale { get; set; } = "";
    public ProposalStatus Status { get; set; } = ProposalStatus.Proposed;
    public string? DecisionNote { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The coalition to join, for <see cref="ProposalKind.JoinCoalition"/>.</summary>
    public Guid? CoalitionId { get; set; }
    public Coalition? Coalition { get; set; }
    /// <summary>The record that acceptance created (a coalition, membership, partnership or goal support).</summary>
    public Guid? CreatedRecordId { get; set; }
    public string? CreatedRecordType { get; set; }
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
}

public enum ProposalKind { NewCoalition, JoinCoalition, Partnership, JointGoal }

public enum ProposalStatus { Proposed, UnderReview, Accepted, Declined, Withdrawn }
