using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public sealed class AllianceProposalFilter : FilterDeclaration<AllianceProposal, FilterScope>
{
    public AllianceProposalFilter()
    {
        Id(p => p.Id);
        Choice(p => p.Kind, "What the proposal is for.");
        Choice(p => p.Status, "Where the proposal stands.");
        Reference("proposer", p => p.ProposerOrganisationId, "The proposing organisation, by its global ID.");
        Comparable<DateTime, DateTimeGraphType>(p => p.CreatedAt, "When it was proposed.");
        DefaultOrder = [new Dictionary<string, object?> { ["createdAt"] = SortDirection.Desc }];
    }
}
