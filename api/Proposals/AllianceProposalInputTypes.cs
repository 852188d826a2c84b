using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public sealed class ProposeAllianceInputType : InputObjectGraphType
{
    public ProposeAllianceInputType()
    {
        Name = "ProposeAllianceInput";
        Field<NonNullGraphType<IdGraphType>>("proposer").Description("The organisation that proposes; a partner key proposes for its own only.");
        Field<NonNullGraphType<EnumerationGraphType<ProposalKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("Why the alliance would help; at most 8000 characters.");
        Field<IdGraphType>("coalition").Description("The coalition to join: required to join one, not given otherwise.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("organisations").Description("Organisations to bring in; a partnership names exactly one.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("defenders").Description("Defenders to bring in.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sharedGoals").Description("Advocacy goals to pursue together; a joint goal names at least one.");
    }
}

public sealed class WithdrawAllianceProposalInputType : InputObjectGraphType
{
    public WithdrawAllianceProposalInputType()
    {
        Name = "WithdrawAllianceProposalInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The proposal to withdraw, while it is proposed or under review.");
    }
}
