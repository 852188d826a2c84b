using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public sealed class AllianceProposalType : ObjectGraphType<AllianceProposal>
{
    public AllianceProposalType()
    {
        this.IsNode();
        Description = "A partner's proposal of an alliance — a new coalition, joining one, a partnership or a joint goal — for staff to review.";
        Field(p => p.Kind);
        Field(p => p.Status);
        Field(p => p.Rationale).Description("Why the proposer wants the alliance.");
        Field(p => p.DecisionNote, nullable: true).Description("Why staff accepted or declined it.");
        Field(p => p.DecidedAt, nullable: true);
        Field(p => p.CreatedAt).Description("When it was proposed.");
        Field<NonNullGraphType<OrganisationType>>("proposer").Description("The organisation that proposes it.")
            .Resolve(context => context.Loaders().ById(context.Source.ProposerOrganisationId, (access, db) => access.Records<Organisation>(db)));
        Field<CoalitionType>("coalition").Description("The coalition to join, for a proposal to join one.")
            .Resolve(context => context.Source.CoalitionId is { } id ? context.Loaders().ById(id, (access, db) => access.Records<Coalition>(db)) : null);
        this.RelatedConnection<AllianceProposal, OrganisationType, Organisation>("organisations", "The organisations the proposal would bring in, as far as the caller may see them.",
            (_, db) => db.ProposalParties.Select(p => new EdgeEnds { From = p.ProposalId, To = p.OrganisationId }), (access, db) => access.Records<Organisation>(db));
        this.RelatedConnection<AllianceProposal, DefenderType, Defender>("defenders", "The defenders the proposal would bring in, as far as the caller may see them.",
            (_, db) => db.ProposalParties.Select(p => new EdgeEnds { From = p.ProposalId, To = p.DefenderId }), (access, db) => access.Records<Defender>(db));
        this.RelatedConnection<AllianceProposal, AdvocacyGoalType, AdvocacyGoal>("sharedGoals", "The advocacy goals the parties would pursue together.",
            (_, db) => db.AllianceProposals.SelectMany(p => p.SharedGoals, (p, g) => new EdgeEnds { From = p.Id, To = g.Id }), (access, db) => access.Records<AdvocacyGoal>(db));
    }
}
