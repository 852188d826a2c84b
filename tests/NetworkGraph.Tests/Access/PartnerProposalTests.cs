using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// A partner proposes alliances for its own organisation only, sees the proposals its organisation made or is named in,
/// and cannot probe hidden records through them.
/// </summary>
public sealed class PartnerProposalTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Selection = "allianceProposal { id kind status proposer { slug } organisations { nodes { slug } } } errors { __typename code message path }";

    private sealed record Network(NetworkGraphApp App, string Home, string Other, string StaffOnly, Guid HomeId, Guid OtherId, Guid StrangerId);

    private static string Id(Guid id) => GlobalId.Encode("Organisation", id.ToString("N"));

    /// <summary>Four organisations of the test's own; the app is shared by the tests of the class.</summary>
    private async Task<Network> NetworkAsync(DatabaseProvider provider, string test)
    {
        var home = Organisation($"{test} Home {provider}");
        var other = Organisation($"{test} Other {provider}");
        var stranger = Organisation($"{test} Stranger {provider}");
        var hidden = Organisation($"{test} Hidden {provider}", visibility: Visibility.Staff);
        var app = await apps.For(provider);
        await app.SeedAsync(db => db.AddRange(home, other, stranger, hidden));
        return new Network(app, Id(home.Id), Id(other.Id), Id(hidden.Id), home.Id, other.Id, stranger.Id);
    }

    private sealed record Proposal(string Id, string Kind, string Status, Slugged Proposer, Connection<Slugged> Organisations);

    private static Task<MutationPayload> Propose(GraphQLClient client, object input) => client.MutateAsync("proposeAlliance", "ProposeAllianceInput", Selection, input);

    private static Task<MutationPayload> Withdraw(GraphQLClient client, string id, int expectedVersion) =>
        client.MutateAsync("withdrawAllianceProposal", "ProposalStepInput", Selection, new { id, expectedVersion });

    /// <summary>The proposal a caller finds by its ID: null when hidden from the caller.</summary>
    private static async Task<Identified?> Lookup(GraphQLClient client, string id) =>
        (await client.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors().Data<Identified?>("node");

    private static async Task<int> ProposalCount(NetworkGraphApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return await db.AllianceProposals.CountAsync();
    }

    private static object Partnership(string proposer, string with) => new { proposer, kind = "PARTNERSHIP", rationale = "We document the same trials.", organisations = new[] { with } };

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partner_proposes_for_its_own_organisation_and_only_it_the_organisation_named_and_staff_see_the_proposal(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Proposing");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var proposal = (await Propose(partner, Partnership(network.Home, network.Other))).AssertNoErrors().Data<Proposal>("allianceProposal");
        Assert.Equal("PROPOSED", proposal.Status);
        Assert.Equal([$"proposing-other-{provider}".ToLowerInvariant()], proposal.Organisations.Nodes.Select(o => o.Slug));

        var strangerPartner = await network.App.KeyClientAsync(Role.Partner, network.StrangerId);
        foreach (var stranger in new[] { network.App.AnonymousClient(), strangerPartner })
            Assert.Null(await Lookup(stranger, proposal.Id));
        var named = await network.App.KeyClientAsync(Role.Partner, network.OtherId);
        foreach (var seer in new[] { named, await network.App.CuratorClientAsync() })
            Assert.NotNull(await Lookup(seer, proposal.Id));
        Assert.Equal(["NOT_FOUND"], (await Withdraw(strangerPartner, proposal.Id, 1)).ErrorCodes);
        Assert.Equal(["NOT_ALLOWED"], (await Withdraw(named, proposal.Id, 1)).ErrorCodes);

        var withdrawn = (await Withdraw(partner, proposal.Id, 1)).AssertNoErrors();
        Assert.Equal("WITHDRAWN", withdrawn.Data<string>("allianceProposal.status"));
        Assert.Equal(["INVALID_TRANSITION"], (await Withdraw(partner, proposal.Id, 2)).ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partner_acting_for_another_organisation_is_not_allowed_and_nothing_is_written(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Overreaching");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var before = await ProposalCount(network.App);
        var refused = await Propose(partner, Partnership(network.Other, network.Home));
        Assert.Equal(("NOT_ALLOWED", null), (refused.Error.Code, refused.Data<Proposal?>("allianceProposal")));
        Assert.Equal(["NOT_ALLOWED"], (await Propose(network.App.AnonymousClient(), Partnership(network.Home, network.Other))).ErrorCodes);
        Assert.Equal(before, await ProposalCount(network.App));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Naming_a_hidden_organisation_is_refused_exactly_as_naming_a_missing_one(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Probing");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var before = await ProposalCount(network.App);
        var hidden = await Propose(partner, Partnership(network.Home, network.StaffOnly));
        var missing = await Propose(partner, Partnership(network.Home, Id(Guid.CreateVersion7())));
        Assert.Equal(["VALIDATION"], hidden.ErrorCodes);
        Assert.Equal(missing.Response.Body, hidden.Response.Body);
        Assert.Equal(before, await ProposalCount(network.App));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_proposal_of_the_wrong_shape_says_which_field_and_writes_nothing(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Shaping");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var before = await ProposalCount(network.App);
        (object Input, string Field)[] wrong =
        [
            (new { proposer = network.Home, kind = "JOIN_COALITION", rationale = "Join us." }, "coalition"),
            (new { proposer = network.Home, kind = "JOINT_GOAL", rationale = "Together.", organisations = new[] { network.Other } }, "sharedGoals"),
            (new { proposer = network.Home, kind = "NEW_COALITION", rationale = "A new one.", coalitionName = "New Alliance" }, "organisations"),
            (new { proposer = network.Home, kind = "NEW_COALITION", rationale = "A new one.", organisations = new[] { network.Other } }, "coalitionName"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = "Us.", coalitionName = "No Alliance", organisations = new[] { network.Other } }, "coalitionName"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = "Us.", organisations = new[] { network.Home } }, "organisations"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = " ", organisations = new[] { network.Other } }, "rationale"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = "Why not.", organisations = new[] { "not-an-id" } }, "organisations"),
            (new { proposer = "not-an-id", kind = "PARTNERSHIP", rationale = "Why not.", organisations = new[] { network.Other } }, "proposer"),
        ];
        foreach (var (input, field) in wrong)
        {
            var refused = await Propose(partner, input);
            Assert.Equal(("VALIDATION", $"input.{field}"), (refused.Error.Code, refused.Error.Path));
        }
        Assert.Equal(before, await ProposalCount(network.App));
    }
}
