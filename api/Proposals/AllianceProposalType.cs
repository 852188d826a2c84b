using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

public sealed class AllianceProposalType : ObjectGraphType<AllianceProposal>
{
    public AllianceProposalType()
    {
        this.IsNode();
        Description = "A partner's proposal of an alliance — a new coalition, joining one, a partnership or a joint goal — that the organisations it names agree to and staff review.";
        Field(p => p.Kind);
        Field(p => p.Status);
        Field(p => p.Version).Description("Changes with every step: give it as `expectedVersion` to take the next one.");
        Field(p => p.Rationale).Description("Why the proposer wants the alliance.");
        Field(p => p.CoalitionName, nullable: true).Description("The name of the coalition to found, for a new coalition.");
        Field(p => p.DecisionNote, nullable: true).Description("Why it was accepted, declined or withdrawn.");
        Field(p => p.DecidedAt, nullable: true);
        Field(p => p.CreatedAt).Description("When it was proposed.");
        Field<NonNullGraphType<OrganisationType>>("proposer").Description("The organisation that proposes it.")
            .Resolve(context => context.Loaders().ById(context.Source.ProposerOrganisationId, (access, db) => access.Records<Organisation>(db)));
        Field<CoalitionType>("coalition").Description("The coalition to join, for a proposal to join one.")
            .Resolve(context => context.Source.CoalitionId is { } id ? context.Loaders().ById(id, (access, db) => access.Records<Coalition>(db)) : null);
        Field<OrganisationType>("declinedBy").Description("The named organisation whose refusal ended the proposal; null when it did not end so.")
            .Resolve(context => context.Source.DeclinedByOrganisationId is { } id ? context.Loaders().ById(id, (access, db) => access.Records<Organisation>(db)) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalResponseType>>>>("responses")
            .Description("The answer of each organisation the proposal names, in the order named.")
            .Resolve(context => context.Loaders().Many<Guid, ProposalParty>("proposal-responses", context.Source.Id, (db, _, keys) => db.ProposalParties
                .Where(p => keys.Contains(p.ProposalId) && p.OrganisationId != null)
                .OrderBy(p => p.Id)
                .Select(p => new Keyed<Guid, ProposalParty>(p.ProposalId, p))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("created")
            .Description("What acceptance created — a coalition, memberships, a partnership, goal supports — as far as the caller may see them.")
            .Resolve(context => context.Loaders().Many<Guid, ProposalCreatedRecord>("proposal-created", context.Source.Id, (db, _, keys) => db.Set<ProposalCreatedRecord>()
                    .Where(c => keys.Contains(c.ProposalId))
                    .OrderBy(c => c.Id)
                    .Select(c => new Keyed<Guid, ProposalCreatedRecord>(c.ProposalId, c)))
                .Then(created => created.Select(record => Nodes(context).For(record.RecordType)!.Load(context, record.RecordId.ToString("N"))).ToList().Together()
                    .Then(nodes => nodes.OfType<object>().ToList())));
        this.RelatedConnection<AllianceProposal, OrganisationType, Organisation>("organisations", "The organisations the proposal would bring in, as far as the caller may see them.",
            (_, db) => db.ProposalParties.Select(p => new EdgeEnds { From = p.ProposalId, To = p.OrganisationId }), (access, db) => access.Records<Organisation>(db));
        this.RelatedConnection<AllianceProposal, DefenderType, Defender>("defenders", "The defenders the proposal would bring in, as far as the caller may see them.",
            (_, db) => db.ProposalParties.Select(p => new EdgeEnds { From = p.ProposalId, To = p.DefenderId }), (access, db) => access.Records<Defender>(db));
        this.RelatedConnection<AllianceProposal, AdvocacyGoalType, AdvocacyGoal>("sharedGoals", "The advocacy goals the parties would pursue together.",
            (_, db) => db.AllianceProposals.SelectMany(p => p.SharedGoals, (p, g) => new EdgeEnds { From = p.Id, To = g.Id }), (access, db) => access.Records<AdvocacyGoal>(db));
    }

    private static NodeSources Nodes(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NodeSources>();
}

public sealed class ProposalResponseType : ObjectGraphType<ProposalParty>
{
    public ProposalResponseType()
    {
        Name = "AllianceProposalResponse";
        Description = "A named organisation's answer to a proposal.";
        Field<OrganisationType>("organisation").Description("The organisation asked; null when the caller may no longer see it.")
            .Resolve(context => context.Loaders().ById(context.Source.OrganisationId!.Value, (access, db) => access.Records<Organisation>(db)));
        Field(p => p.Response).Description("Pending until the organisation answers.");
        Field("note", p => p.ResponseNote, nullable: true).Description("Why, as the organisation put it.");
        Field(p => p.RespondedAt, nullable: true);
        Field("onBehalf", p => p.RespondedOnBehalf).Description("Whether staff recorded the answer on the organisation's behalf.");
    }
}
