namespace NetworkGraph.Api.Proposals;

public sealed class ProposeAllianceInputType : RecordInputGraphType<ProposeAllianceInput>
{
    public ProposeAllianceInputType() : base(nameof(ProposeAllianceInput))
    {
        Field(x => x.Proposer, "The organisation that proposes; a partner key proposes for its own only.", graphType: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, required: true);
        Field(x => x.Rationale, $"Why the alliance would help; at most {AllianceProposals.MaxRationaleLength} characters.", required: true);
        Field(x => x.Coalition, "The coalition to join: required to join one, not given otherwise.", graphType: typeof(IdGraphType));
        Field(x => x.Organisations, "Organisations to bring in; a partnership names exactly one.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
        Field(x => x.Defenders, "Defenders to bring in.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
        Field(x => x.SharedGoals, "Advocacy goals to pursue together; a joint goal names at least one.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
    }
}

public sealed class WithdrawAllianceProposalInputType : RecordInputGraphType<WithdrawAllianceProposalInput>
{
    public WithdrawAllianceProposalInputType() : base(nameof(WithdrawAllianceProposalInput))
    {
        Field(x => x.Id, "The proposal to withdraw, while it is proposed or under review.", graphType: typeof(NonNullGraphType<IdGraphType>));
    }
}
