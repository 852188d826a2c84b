using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Proposals;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Proposals.ProposalWorld;

namespace NetworkGraph.Tests.Proposals;

/// <summary>
/// A proposal goes from the proposer to the organisations it names and then to staff; every step is checked against the
/// state it starts from and who takes it, and nothing changes when a step is refused.
/// </summary>
public sealed class ProposalWorkflowTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static async Task<(int Version, int AuditEvents)> FootprintAsync(ProposalWorld world, string id)
    {
        var key = Guid.ParseExact(GraphQL.Relay.GlobalId.Decode(id).Key, "N");
        return await world.ReadAsync(async db => (
            await db.AllianceProposals.Where(p => p.Id == key).Select(p => p.Version).SingleAsync(),
            await db.AuditEvents.CountAsync(e => e.RecordId == key)));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partnership_agreed_reviewed_and_accepted_creates_the_partnership_and_every_step_is_audited(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Agreed");
        var proposed = await world.ProposePartnershipAsync();
        Assert.Equal(("PROPOSED", 1), (proposed.Status, proposed.Version));

        var agreed = (await RespondAsync(world.Party, proposed, agree: true, note: "Gladly.")).AssertNoErrors();
        Assert.Equal(("PROPOSED", 2), (agreed.Data<string>("allianceProposal.status"), agreed.Data<int>("allianceProposal.version")));
        Assert.Equal([new Answer(new Slugged(world.Other.Slug), "AGREED", "Gladly.", false)], agreed.Data<List<Answer>>("allianceProposal.responses"));

        var review = ProposalState.Of(await world.ReviewAsync(ProposalState.Of(agreed)));
        Assert.Equal(("UNDER_REVIEW", 3), (review.Status, review.Version));
        var accepted = ProposalState.Of(await world.AcceptAsync(review, publish: true));
        Assert.Equal("ACCEPTED", accepted.Status);
        Assert.Equal(["Partnership"], accepted.Created.Select(c => c.__typename));

        var tie = Assert.Single(await world.ReadAsync(db => db.Partnerships.Where(p => p.OrganisationId == world.Home.Id && p.PartnerId == world.Other.Id).ToListAsync()));
        Assert.Equal((PartnershipKind.Partner, Visibility.Public, $"Accepted alliance proposal {accepted.Id}."), (tie.Kind, tie.Visibility, tie.SourceNote));
        var seenByAnyone = (await world.App.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = accepted.Created[0].Id })).AssertNoErrors();
        Assert.Equal(accepted.Created[0].Id, seenByAnyone.Data<string>("node.id"));

        Assert.Equal(["allianceProposal.propose", "allianceProposal.respond", "allianceProposal.review", "allianceProposal.accept"],
            await world.AuditActionsAsync(accepted.Id));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_new_coalition_is_founded_as_a_draft_with_its_founding_memberships_and_its_goal(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Founding");
        var proposed = await world.ProposeAsync(new
        {
            proposer = Id(world.Home), kind = "NEW_COALITION", coalitionName = $"Founding Alliance {provider}", rationale = "Trial monitoring across borders.",
            organisations = new[] { Id(world.Other) }, defenders = new[] { Id(world.Defender) }, sharedGoals = new[] { Id(world.Goal) },
        });
        var accepted = ProposalState.Of(await world.AcceptAsync(await world.UnderReviewAsync(proposed), publish: false));
        Assert.Equal(["Coalition", "GoalSupport", "Membership", "Membership", "Membership"], accepted.Created.Select(c => c.__typename).Order());

        var coalition = await world.ReadAsync(db => db.Coalitions.Include(c => c.Memberships).Include(c => c.GoalSupports).SingleAsync(c => c.Name == $"Founding Alliance {provider}"));
        Assert.Equal(($"founding-alliance-{provider}".ToLowerInvariant(), ContentStatus.Draft, "Trial monitoring across borders."), (coalition.Slug, coalition.Status, coalition.Purpose));
        Assert.Equal([(world.Home.Id, (Guid?)null, MembershipRole.Lead), (world.Other.Id, null, MembershipRole.Member), (Guid.Empty, world.Defender.Id, MembershipRole.Member)],
            coalition.Memberships.OrderBy(m => m.Role).ThenBy(m => m.DefenderId).Select(m => (m.OrganisationId ?? Guid.Empty, m.DefenderId, m.Role)));
        Assert.All(coalition.Memberships, m => Assert.Equal(Visibility.Staff, m.Visibility));
        Assert.Equal([world.Goal.Id], coalition.GoalSupports.Select(g => g.GoalId));

        // Drafts are for staff: the proposer sees that it was accepted, not yet what it created.
        var seenByProposer = (await world.Proposer.QueryAsync("query ($id: ID!) { node(id: $id) { ... on AllianceProposal { status created { id } } } }", new { id = accepted.Id })).AssertNoErrors();
        Assert.Equal(("ACCEPTED", 0), (seenByProposer.Data<string>("node.status"), seenByProposer.Data<List<Created>>("node.created").Count));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Joining_a_coalition_and_a_joint_goal_create_the_memberships_and_supports_that_are_not_current_yet(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Joining");
        await world.App.SeedAsync(db => db.Add(TestData.Supports(world.Other, world.Goal)));

        var join = await world.ProposeAsync(new { proposer = Id(world.Home), kind = "JOIN_COALITION", rationale = "Join us.", coalition = Id(world.Coalition), organisations = new[] { Id(world.Other) } });
        var joined = ProposalState.Of(await world.AcceptAsync(await world.UnderReviewAsync(join), publish: true));
        Assert.Equal(["Membership", "Membership"], joined.Created.Select(c => c.__typename));
        Assert.Equal(new[] { world.Home.Id, world.Other.Id }.Order(), (await world.ReadAsync(db => db.Memberships.Where(m => m.CoalitionId == world.Coalition.Id)
            .Select(m => m.OrganisationId!.Value).ToListAsync())).Order());

        var goal = await world.ProposeAsync(new { proposer = Id(world.Home), kind = "JOINT_GOAL", rationale = "Together.", organisations = new[] { Id(world.Other) }, sharedGoals = new[] { Id(world.Goal) } });
        var supported = ProposalState.Of(await world.AcceptAsync(await world.UnderReviewAsync(goal), publish: true));
        var support = Assert.Single(supported.Created);
        Assert.Equal("GoalSupport", support.__typename);
        Assert.Equal(2, await world.ReadAsync(db => db.GoalSupports.CountAsync(g => g.GoalId == world.Goal.Id)));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Every_step_the_state_does_not_allow_is_an_invalid_transition_and_changes_nothing(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Transitions");
        var proposed = await world.ProposePartnershipAsync();
        var underReview = await world.UnderReviewAsync(await world.ProposePartnershipAsync());
        var accepted = ProposalState.Of(await world.AcceptAsync(await world.UnderReviewAsync(await world.ProposePartnershipAsync()), publish: false));
        var declined = ProposalState.Of(await RespondAsync(world.Party, await world.ProposePartnershipAsync(), agree: false));
        var withdrawn = ProposalState.Of(await StepAsync(world.Proposer, "withdrawAllianceProposal", new { id = (await world.ProposePartnershipAsync()).Id, expectedVersion = 1 }));

        (ProposalState Proposal, string State, Func<ProposalState, Task<MutationPayload>> Step)[] refused =
        [
            (proposed, "PROPOSED", p => world.AcceptAsync(p, publish: true)),
            (proposed, "PROPOSED", p => world.ReviewAsync(p)),
            (underReview, "UNDER_REVIEW", p => RespondAsync(world.Party, p, agree: true)),
            (underReview, "UNDER_REVIEW", p => world.ReviewAsync(p)),
            .. new[] { (accepted, "ACCEPTED"), (declined, "DECLINED"), (withdrawn, "WITHDRAWN") }.SelectMany(decided =>
                new Func<ProposalState, Task<MutationPayload>>[]
                {
                    p => RespondAsync(world.Party, p, agree: true),
                    p => world.ReviewAsync(p),
                    p => world.AcceptAsync(p, publish: true),
                    p => StepAsync(world.Curator, "declineAllianceProposal", new { id = p.Id, expectedVersion = p.Version }),
                    p => StepAsync(world.Proposer, "withdrawAllianceProposal", new { id = p.Id, expectedVersion = p.Version }),
                }.Select(step => (decided.Item1, decided.Item2, step))),
        ];
        foreach (var (proposal, state, step) in refused)
        {
            var before = await FootprintAsync(world, proposal.Id);
            var payload = await step(proposal);
            Assert.Equal(("INVALID_TRANSITION", "InvalidTransitionError", state),
                (payload.Error.Code, payload.Data<string>("errors[0].__typename"), payload.Data<string>("errors[0].state")));
            Assert.Equal(before, await FootprintAsync(world, proposal.Id));
        }
        Assert.Equal(19, refused.Length);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Staff_review_only_once_every_named_organisation_agreed_and_each_responds_once(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Waiting");
        var proposed = await world.ProposeAsync(new
        {
            proposer = Id(world.Home), kind = "JOINT_GOAL", rationale = "Together.", organisations = new[] { Id(world.Other), Id(world.Stranger) }, sharedGoals = new[] { Id(world.Goal) },
        });
        var waiting = (await world.ReviewAsync(proposed)).Error;
        Assert.Equal(("INVALID_TRANSITION", "2 of the named organisations have not agreed yet."), (waiting.Code, waiting.Message));
        var once = ProposalState.Of(await RespondAsync(world.Party, proposed, agree: true));
        Assert.Equal("1 of the named organisations has not agreed yet.", (await world.ReviewAsync(once)).Error.Message);
        var twice = (await RespondAsync(world.Party, once, agree: false)).Error;
        Assert.Equal(("INVALID_TRANSITION", "The organisation has agreed already."), (twice.Code, twice.Message));
        var all = ProposalState.Of(await RespondAsync(world.StrangerPartner, once, agree: true));
        Assert.Equal("UNDER_REVIEW", ProposalState.Of(await world.ReviewAsync(all)).Status);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_named_organisation_that_declines_ends_the_proposal_with_who_and_why(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Refusing");
        var declined = (await RespondAsync(world.Party, await world.ProposePartnershipAsync(), agree: false, note: "  Not this year.  ")).AssertNoErrors();
        Assert.Equal(("DECLINED", "Not this year.", world.Other.Slug),
            (declined.Data<string>("allianceProposal.status"), declined.Data<string>("allianceProposal.decisionNote"), declined.Data<string>("allianceProposal.declinedBy.slug")));
        Assert.Equal([new Answer(new Slugged(world.Other.Slug), "DECLINED", "Not this year.", false)], declined.Data<List<Answer>>("allianceProposal.responses"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Staff_record_a_response_on_an_organisations_behalf_and_the_audit_says_so(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Behalf");
        var proposed = await world.ProposePartnershipAsync();
        var unnamed = (await RespondAsync(world.Curator, proposed, agree: true)).Error;
        Assert.Equal(("VALIDATION", "input.organisation"), (unnamed.Code, unnamed.Path));
        Assert.Equal("NOT_ALLOWED", (await RespondAsync(world.Curator, proposed, agree: true, organisation: Id(world.Stranger))).Error.Code);

        var recorded = (await RespondAsync(world.Curator, proposed, agree: true, note: "Agreed by phone.", organisation: Id(world.Other))).AssertNoErrors();
        Assert.Equal([new Answer(new Slugged(world.Other.Slug), "AGREED", "Agreed by phone.", true)], recorded.Data<List<Answer>>("allianceProposal.responses"));
        var audit = (await world.Admin.QueryAsync("""
            query ($id: ID!) { auditEvents(first: 1, where: { recordId: { eq: $id }, action: { eq: "allianceProposal.respond" } }) { nodes { action actor changes { field before after } } } }
            """, new { id = proposed.Id })).AssertNoErrors().Data<List<AuditEntry>>("auditEvents.nodes").Single();
        Assert.StartsWith("key:", audit.Actor);
        Assert.Contains(new AuditChange("onBehalf", "null", "true"), audit.Changes!);
        Assert.Contains(new AuditChange("organisation", "null", $"\"{Id(world.Other)}\""), audit.Changes!);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Stale");
        var proposed = await world.ProposePartnershipAsync();
        ProposalState.Of(await RespondAsync(world.Party, proposed, agree: true));
        var before = await FootprintAsync(world, proposed.Id);
        var stale = await world.ReviewAsync(proposed);
        Assert.Equal(("CONFLICT", 2), (stale.Error.Code, stale.Data<int>("errors[0].currentVersion")));
        Assert.Equal(before, await FootprintAsync(world, proposed.Id));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Each_step_is_taken_only_by_whom_it_belongs_to(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Roles");
        var proposed = await world.ProposePartnershipAsync();
        var before = await FootprintAsync(world, proposed.Id);
        (GraphQLClient Caller, Func<GraphQLClient, Task<MutationPayload>> Step, string Code)[] refused =
        [
            (world.Proposer, caller => RespondAsync(caller, proposed, agree: true), "NOT_ALLOWED"),
            (world.Party, caller => StepAsync(caller, "withdrawAllianceProposal", new { id = proposed.Id, expectedVersion = proposed.Version }), "NOT_ALLOWED"),
            (world.Party, caller => StepAsync(caller, "declineAllianceProposal", new { id = proposed.Id, expectedVersion = proposed.Version }), "NOT_ALLOWED"),
            (world.Proposer, caller => StepAsync(caller, "reviewAllianceProposal", new { id = proposed.Id, expectedVersion = proposed.Version }), "NOT_ALLOWED"),
            (world.Party, caller => RespondAsync(caller, proposed, agree: true, organisation: Id(world.Stranger)), "NOT_ALLOWED"),
            (world.StrangerPartner, caller => RespondAsync(caller, proposed, agree: true), "NOT_FOUND"),
            (world.StrangerPartner, caller => StepAsync(caller, "withdrawAllianceProposal", new { id = proposed.Id, expectedVersion = proposed.Version }), "NOT_FOUND"),
            (world.App.AnonymousClient(), caller => RespondAsync(caller, proposed, agree: true), "NOT_ALLOWED"),
        ];
        foreach (var (caller, step, code) in refused) Assert.Equal(code, (await step(caller)).Error.Code);
        Assert.Equal(before, await FootprintAsync(world, proposed.Id));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task The_proposer_and_the_named_organisations_see_a_proposal_at_every_stage_and_nobody_else_learns_it_exists(DatabaseProvider provider)
    {
        var world = await CreateAsync(apps, provider, "Seeing");
        var proposed = await world.ProposePartnershipAsync();
        var underReview = await world.UnderReviewAsync(await world.ProposePartnershipAsync());
        var accepted = ProposalState.Of(await world.AcceptAsync(await world.UnderReviewAsync(await world.ProposePartnershipAsync()), publish: true));
        string[] ids = [proposed.Id, underReview.Id, accepted.Id];

        foreach (var seer in new[] { world.Proposer, world.Party, world.Curator })
            Assert.Equal(ids, await SeenAsync(seer, ids));
        foreach (var stranger in new[] { world.StrangerPartner, world.App.AnonymousClient() })
        {
            Assert.Empty(await SeenAsync(stranger, ids));
            var listed = (await stranger.QueryAsync("{ allianceProposals(first: 50) { totalCount } }")).AssertNoErrors();
            Assert.Equal(0, listed.Data<int>("allianceProposals.totalCount"));
        }
    }

    private static async Task<List<string>> SeenAsync(GraphQLClient client, string[] ids)
    {
        var response = (await client.QueryAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).AssertNoErrors();
        return [.. response.Data<List<Identified?>>("nodes").OfType<Identified>().Select(node => node.Id)];
    }

    private sealed record Answer(Slugged Organisation, string Response, string? Note, bool OnBehalf);
}
