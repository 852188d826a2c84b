using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>The input of <c>proposeAlliance</c>: records named by their global IDs.</summary>
public sealed record ProposeAllianceInput
{
    public string Proposer { get; init; } = "";
    public ProposalKind Kind { get; init; }
    public string Rationale { get; init; } = "";
    public string? CoalitionName { get; init; }
    public string? Coalition { get; init; }
    public List<string>? Organisations { get; init; }
    public List<string>? Defenders { get; init; }
    public List<string>? SharedGoals { get; init; }
}

/// <summary>The input of <c>respondToAllianceProposal</c>: a named organisation agrees or declines.</summary>
public sealed record RespondToAllianceProposalInput : RecordVersion
{
    public bool Agree { get; init; }
    public string? Note { get; init; }

    /// <summary>The organisation that responds: a partner's own by default; staff name the one they respond for.</summary>
    public string? Organisation { get; init; }
}

/// <summary>The input of <c>acceptAllianceProposal</c>: whether what it creates is published at once.</summary>
public sealed record AcceptAllianceProposalInput : RecordVersion
{
    public bool Publish { get; init; }
    public string? Note { get; init; }
}

/// <summary>The input of the steps that need only a note: review, decline, withdraw.</summary>
public sealed record ProposalStepInput : RecordVersion
{
    public string? Note { get; init; }
}
