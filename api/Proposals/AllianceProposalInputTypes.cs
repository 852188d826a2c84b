namespace NetworkGraph.Api.Proposals;

public sealed class ProposeAllianceInputType : RecordInputGraphType<ProposeAllianceInput>
{
    public ProposeAllianceInputType() : base(nameof(ProposeAllianceInput))
    {
        Field(x => x.Proposer, "The organisation that proposes; a partner key proposes for its own only.", graphType: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, required: true);
        Field(x => x.Rationale, $"Why the alliance would help; at most {AllianceProposals.MaxRationaleLength} characters.", required: true);
        Field(x => x.CoalitionName, "The name of the coalition to found: required for a new coalition, not given otherwise.");
        Field(x => x.Coalition, "The coalition to join: required to join one, not given otherwise.", graphType: typeof(IdGraphType));
        Field(x => x.Organisations, "Organisations to bring in, each asked to agree; a partnership names exactly one.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
        Field(x => x.Defenders, "Defenders to bring in.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
        Field(x => x.SharedGoals, "Advocacy goals to pursue together; a joint goal names at least one.", graphType: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
    }
}

public sealed class RespondToAllianceProposalInputType : RecordInputGraphType<RespondToAllianceProposalInput>
{
    public RespondToAllianceProposalInputType() : base(nameof(RespondToAllianceProposalInput))
    {
        this.AddRecordVersion("The proposal to respond to.", "The proposal's version, as read.");
        Field(x => x.Agree, "Whether the organisation agrees; a refusal ends the proposal.", required: true);
        Field(x => x.Note, $"Why, in a few words; at most {ProposalWorkflow.MaxNoteLength} characters.");
        Field(x => x.Organisation, "The named organisation that responds: a partner's own unless given; staff must give it.", graphType: typeof(IdGraphType));
    }
}

public sealed class AcceptAllianceProposalInputType : RecordInputGraphType<AcceptAllianceProposalInput>
{
    public AcceptAllianceProposalInputType() : base(nameof(AcceptAllianceProposalInput))
    {
        this.AddRecordVersion("The proposal to accept, under review.", "The proposal's version, as read.");
        Field(x => x.Publish, "Whether what acceptance creates is published at once (ties visible to everyone) or kept as drafts for staff.", required: true);
        Field(x => x.Note, $"Why staff accept it; at most {ProposalWorkflow.MaxNoteLength} characters.");
    }
}

public sealed class ProposalStepInputType : RecordInputGraphType<ProposalStepInput>
{
    public ProposalStepInputType() : base(nameof(ProposalStepInput))
    {
        this.AddRecordVersion("The proposal.", "The proposal's version, as read.");
        Field(x => x.Note, $"Why, in a few words; at most {ProposalWorkflow.MaxNoteLength} characters.");
    }
}
