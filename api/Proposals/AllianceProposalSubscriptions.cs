using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary><c>allianceProposalChanged</c>: every step of the proposals the subscriber may see, or of one.</summary>
public sealed class AllianceProposalSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        ChangeStream.AddField(subscription, "allianceProposalChanged",
            "A proposal the subscriber may see was made or took a step; with `id`, only that proposal.",
            field => field.Argument<IdGraphType>("id", "The proposal to follow; all the subscriber may see when left out."),
            context =>
            {
                Guid? only = context.GetArgument<string?>("id") is { } id ? GlobalId.DecodeGuid(id, EntityNodes.NameOf<AllianceProposal>()) : null;
                return change => change.Type == ChangeEventTypes.AllianceProposalChanged && (only is null || change.RecordId == only);
            });
}
