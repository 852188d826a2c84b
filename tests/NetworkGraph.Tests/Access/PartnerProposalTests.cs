using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>A partner proposes alliances for its own organisation only, sees its own proposals only, and cannot probe hidden records through them.</summary>
public sealed class PartnerProposalTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Selection = "allianceProposal { id kind status proposer { slug } organisations { nodes { slug } } } errors { __typename code message path }";

    private sealed record Network(NetworkGraphApp App, string Home, string Other, string StaffOnly, Guid HomeId, Guid OtherId);

    private static string Id(Guid id) => GlobalId.Encode("Organisation", id.ToString("N"));

    /// <summary>Three organisations of the test's own; the app is shared by the tests of the class.</summary>
    private async Task<Network> NetworkAsync(DatabaseProvider provider, string test)
    {
        var home = Organisation($"{test} Home {provider}");
        var other = Organisation($"{test} Other {provider}");
        var hidden = Organisation($"{test} Hidden {provider}", visibility: Visibility.Staff);
        var app = await apps.For(provider);
        await app.SeedAsync(db => db.AddRange(home, other, hidden));
        return new Network(app, Id(home.Id), Id(other.Id), Id(hidden.Id), home.Id, other.Id);
    }

    private static async Task<JsonNode?> Send(HttpClient client, string query, object variables, string field)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field];
    }

    private static async Task<JsonNode> Propose(HttpClient client, object input) => (await Send(client, $"mutation ($input: ProposeAllianceInput!) {{ proposeAlliance(input: $input) {{ {Selection} }} }}", new { input }, "proposeAlliance"))!;

    private static async Task<JsonNode> Withdraw(HttpClient client, string id) => (await Send(client, $"mutation ($input: WithdrawAllianceProposalInput!) {{ withdrawAllianceProposal(input: $input) {{ {Selection} }} }}", new { input = new { id } }, "withdrawAllianceProposal"))!;

    private static async Task<int> ProposalCount(NetworkGraphApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return await db.AllianceProposals.CountAsync();
    }

    private static object Partnership(string proposer, string with) => new { proposer, kind = "PARTNERSHIP", rationale = "We document the same trials.", organisations = new[] { with } };

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partner_proposes_for_its_own_organisation_and_only_it_and_staff_see_the_proposal(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Proposing");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var proposed = await Propose(partner, Partnership(network.Home, network.Other));
        Assert.True(proposed["errors"]!.AsArray().Count == 0 && proposed["allianceProposal"]!["organisations"]!["nodes"]!.AsArray().Count == 1, proposed.ToJsonString());
        var id = proposed["allianceProposal"]!["id"]!.GetValue<string>();
        Assert.Equal(("PROPOSED", $"proposing-other-{provider}".ToLowerInvariant()),
            (proposed["allianceProposal"]!["status"]!.GetValue<string>(), proposed["allianceProposal"]!["organisations"]!["nodes"]![0]!["slug"]!.GetValue<string>()));

        const string Lookup = "query ($id: ID!) { node(id: $id) { id } }";
        var otherPartner = await network.App.KeyClientAsync(Role.Partner, network.OtherId);
        foreach (var stranger in new[] { network.App.CreateClient(), otherPartner })
            Assert.Null(await Send(stranger, Lookup, new { id }, "node"));
        Assert.NotNull(await Send(await network.App.CuratorClientAsync(), Lookup, new { id }, "node"));
        Assert.Equal("NOT_FOUND", (await Withdraw(otherPartner, id))["errors"]![0]!["code"]!.GetValue<string>());

        var withdrawn = await Withdraw(partner, id);
        Assert.Equal("WITHDRAWN", withdrawn["allianceProposal"]!["status"]!.GetValue<string>());
        Assert.Equal("VALIDATION", (await Withdraw(partner, id))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partner_acting_for_another_organisation_is_not_allowed_and_nothing_is_written(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Overreaching");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var before = await ProposalCount(network.App);
        var refused = await Propose(partner, Partnership(network.Other, network.Home));
        Assert.Equal(("NOT_ALLOWED", null), (refused["errors"]![0]!["code"]!.GetValue<string>(), refused["allianceProposal"]?.GetValue<string>()));
        Assert.Equal("NOT_ALLOWED", (await Propose(network.App.CreateClient(), Partnership(network.Home, network.Other)))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before, await ProposalCount(network.App));
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Naming_a_hidden_organisation_is_refused_exactly_as_naming_a_missing_one(DatabaseProvider provider)
    {
        var network = await NetworkAsync(provider, "Probing");
        var partner = await network.App.KeyClientAsync(Role.Partner, network.HomeId);
        var before = await ProposalCount(network.App);
        var hidden = await Propose(partner, Partnership(network.Home, network.StaffOnly));
        var missing = await Propose(partner, Partnership(network.Home, Id(Guid.CreateVersion7())));
        Assert.Equal("VALIDATION", hidden["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(missing.ToJsonString(), hidden.ToJsonString());
        Assert.Equal(before, await ProposalCount(network.App));
    }

    [SkippableTheory]
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
            (new { proposer = network.Home, kind = "NEW_COALITION", rationale = "A new one." }, "organisations"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = "Us.", organisations = new[] { network.Home } }, "organisations"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = " ", organisations = new[] { network.Other } }, "rationale"),
            (new { proposer = network.Home, kind = "PARTNERSHIP", rationale = "Why not.", organisations = new[] { "not-an-id" } }, "organisations"),
            (new { proposer = "not-an-id", kind = "PARTNERSHIP", rationale = "Why not.", organisations = new[] { network.Other } }, "proposer"),
        ];
        foreach (var (input, field) in wrong)
        {
            var refused = await Propose(partner, input);
            Assert.Equal(("VALIDATION", field), (refused["errors"]![0]!["code"]!.GetValue<string>(), refused["errors"]![0]!["path"]![1]!.GetValue<string>()));
        }
        Assert.Equal(before, await ProposalCount(network.App));
    }
}
