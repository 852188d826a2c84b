using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>The input of <c>proposeAlliance</c>: records named by their global IDs.</summary>
public sealed record ProposeAllianceInput
{
    public string Proposer { get; init; } = "";
    public ProposalKind Kind { get; init; }
    public string Rationale { get; init; } = "";
    public string? Coalition { get; init; }
    public List<string>? Organisations { get; init; }
    public List<string>? Defenders { get; init; }
    public List<string>? SharedGoals { get; init; }
}

/// <summary>The input of <c>withdrawAllianceProposal</c>.</summary>
public sealed record WithdrawAllianceProposalInput
{
    public string Id { get; init; } = "";
}
