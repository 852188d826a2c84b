using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>The proposal's mutations: <c>proposeAlliance</c> (<see cref="AllianceProposals"/>) and the steps of <see cref="ProposalWorkflow"/>.</summary>
public sealed class AllianceProposalMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<ProposeAllianceInputType, ProposeAllianceInput>(mutation, "proposeAlliance",
            "Proposes an alliance: the organisations it names are asked to agree, then staff review it.",
            (context, input) => Proposals(context).ProposeAsync(input, context.CancellationToken));
        Add<RespondToAllianceProposalInputType, RespondToAllianceProposalInput>(mutation, "respondToAllianceProposal",
            "A named organisation agrees to a proposal or declines it, which ends it; staff may record a response on an organisation's behalf.",
            (context, input) => Workflow(context).RespondAsync(input, context.CancellationToken));
        Add<ProposalStepInputType, ProposalStepInput>(mutation, "reviewAllianceProposal",
            "Staff take up a proposal that every named organisation agreed to.",
            (context, input) => Workflow(context).ReviewAsync(input, context.CancellationToken));
        Add<AcceptAllianceProposalInputType, AcceptAllianceProposalInput>(mutation, "acceptAllianceProposal",
            "Staff accept a proposal under review, which creates, in the same change, what it asks for.",
            (context, input) => Workflow(context).AcceptAsync(input, context.CancellationToken));
        Add<ProposalStepInputType, ProposalStepInput>(mutation, "declineAllianceProposal",
            "Staff decline a proposal that is not decided yet.",
            (context, input) => Workflow(context).DeclineAsync(input, context.CancellationToken));
        Add<ProposalStepInputType, ProposalStepInput>(mutation, "withdrawAllianceProposal",
            "The proposer withdraws a proposal that is not decided yet.",
            (context, input) => Workflow(context).WithdrawAsync(input, context.CancellationToken));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, TInput, Task<Payload<AllianceProposal>>> run) where TInputType : IInputObjectGraphType =>
        mutation.AddInputMutation<PayloadGraphType<AllianceProposalType, AllianceProposal>, TInputType, TInput, Payload<AllianceProposal>>(name, description, run);

    private static AllianceProposals Proposals(IResolveFieldContext context) => new(context.Access(), Contexts(context));

    private static ProposalWorkflow Workflow(IResolveFieldContext context) => new(context.Access(), Contexts(context));

    private static IDbContextFactory<NetworkGraphDbContext> Contexts(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>();
}
