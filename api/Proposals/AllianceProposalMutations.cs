using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary><c>proposeAlliance</c> and <c>withdrawAllianceProposal</c>, answered by <see cref="AllianceProposals"/>.</summary>
public sealed class AllianceProposalMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PayloadGraphType<AllianceProposalType, AllianceProposal>>>("proposeAlliance")
            .Description("Proposes an alliance for staff to review.")
            .Argument<NonNullGraphType<ProposeAllianceInputType>>("input")
            .ResolveAsync(async context => await Proposals(context).ProposeAsync(context.GetArgument<ProposeAllianceInput>("input"), context.CancellationToken));
        mutation.Field<NonNullGraphType<PayloadGraphType<AllianceProposalType, AllianceProposal>>>("withdrawAllianceProposal")
            .Description("Withdraws a proposal that has not been decided.")
            .Argument<NonNullGraphType<WithdrawAllianceProposalInputType>>("input")
            .ResolveAsync(async context => await Proposals(context).WithdrawAsync(context.GetArgument<WithdrawAllianceProposalInput>("input"), context.CancellationToken));
    }

    private static AllianceProposals Proposals(IResolveFieldContext context) =>
        new(context.Access(), context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>());
}
