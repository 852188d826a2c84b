using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public enum ProposalStep { Respond, Review, Accept, Decline, Withdraw }

/// <summary>
/// Which step a proposal's state allows: the named organisations respond while it is proposed, staff review it then
/// (once every one agreed) and accept it under review; staff decline it, and the proposer withdraws it, until it is
/// decided. Accepted, declined and withdrawn proposals take no more steps.
/// </summary>
public static class ProposalTransitions
{
    public static bool Allows(ProposalStep step, ProposalStatus from) => (step, from) switch
    {
        (ProposalStep.Respond or ProposalStep.Review, ProposalStatus.Proposed) => true,
        (ProposalStep.Accept, ProposalStatus.UnderReview) => true,
        (ProposalStep.Decline or ProposalStep.Withdraw, ProposalStatus.Proposed or ProposalStatus.UnderReview) => true,
        _ => false,
    };

    /// <summary>The step as "a proposal … cannot be" ends: "responded to", "reviewed".</summary>
    public static string PastTense(ProposalStep step) => step switch
    {
        ProposalStep.Respond => "responded to",
        ProposalStep.Review => "reviewed",
        ProposalStep.Accept => "accepted",
        ProposalStep.Decline => "declined",
        _ => "withdrawn",
    };
}
