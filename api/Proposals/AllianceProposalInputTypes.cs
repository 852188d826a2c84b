using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public sealed class ProposeAllianceInputType : RecordInputGraphType<ProposeAllianceInput>
{
    public ProposeAllianceInputType() : base(nameof(ProposeAllianceInput))
    {
        Field(x => x.Proposer, typeof(NonNullGraphType<IdGraphType>), "The organisation that proposes; a partner key proposes for its own only.");
        Field(x => x.Kind, typeof(NonNullGraphType<EnumerationGraphType<ProposalKind>>));
        Field(x => x.Rationale, typeof(NonNullGraphType<StringGraphType>), $"Why the alliance would help; at most {AllianceProposals.MaxRationaleLength} characters.");
        Field(x => x.Coalition, typeof(IdGraphType), "The coalition to join: required to join one, not given otherwise.");
        Field(x => x.Organisations, typeof(ListGraphType<NonNullGraphType<IdGraphType>>), "Organisations to bring in; a partnership names exactly one.");
        Field(x => x.Defenders, typeof(ListGraphType<NonNullGraphType<IdGraphType>>), "Defenders to bring in.");
        Field(x => x.SharedGoals, typeof(ListGraphType<NonNullGraphType<IdGraphType>>), "Advocacy goals to pursue together; a joint goal names at least one.");
    }
}

public sealed class WithdrawAllianceProposalInputType : RecordInputGraphType<WithdrawAllianceProposalInput>
{
    public WithdrawAllianceProposalInputType() : base(nameof(WithdrawAllianceProposalInput))
    {
        Field(x => x.Id, typeof(NonNullGraphType<IdGraphType>), "The proposal to withdraw, while it is proposed or under review.");
    }
}
