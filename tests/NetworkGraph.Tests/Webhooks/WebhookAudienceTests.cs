using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// A partner's webhook hears what partners may see and its own organisation's proposals, checked when each event is
/// dispatched and again when each attempt is due; an administrators' webhook hears everything.
/// </summary>
public sealed class WebhookAudienceTests(WebhookAppFixture apps) : IClassFixture<WebhookAppFixture>
{
    private sealed record World(NetworkGraphApp App, Organisation Home, Organisation Other, Organisation Stranger, Organisation Far, string DraftCoalition,
        GraphQLClient HomePartner, GraphQLClient OtherPartner, GraphQLClient StrangerPartner, GraphQLClient Admin);

    private async Task<World> WorldAsync(DatabaseProvider provider, string test)
    {
        var app = await apps.For(provider);
        var (home, other, stranger, far) = (Organisation($"{test} Home {provider}"), Organisation($"{test} Other {provider}"),
            Organisation($"{test} Stranger {provider}"), Organisation($"{test} Far {provider}"));
        var draft = Coalition($"{test} Draft Coalition {provider}", status: ContentStatus.Draft);
        await app.SeedAsync(db => db.AddRange(home, other, stranger, far, draft));
        return new World(app, home, other, stranger, far, Id(draft), await app.KeyClientAsync(Role.Partner, home.Id),
            await app.KeyClientAsync(Role.Partner, other.Id), await app.KeyClientAsync(Role.Partner, stranger.Id), await app.KeyClientAsync(Role.Admin));
    }

    private static string Id<T>(T record) where T : Entity => GraphQL.Relay.GlobalId.Encode(typeof(T).Name, record.Id.ToString("N"));

    /// <summary>A tie the curator adds with <c>add&lt;Kind&gt;</c>: its ID and version.</summary>
    private static async Task<(string Id, int Version)> TieAsync(GraphQLClient curator, string mutation, string inputType, object input)
    {
        var tie = mutation["add".Length..].ToLowerInvariant();
        var payload = (await curator.MutateAsync(mutation, inputType, $"{tie} {{ id version }} errors {{ code message }}", input)).AssertNoErrors();
        return (payload.Data<string>($"{tie}.id"), payload.Data<int>($"{tie}.version"));
    }

    private static async Task<(string Id, int Version)> ProposeAsync(GraphQLClient partner, Organisation proposer, Organisation party)
    {
        var payload = (await partner.MutateAsync("proposeAlliance", "ProposeAllianceInput", "allianceProposal { id version } errors { code message }",
            new { proposer = Id(proposer), kind = "PARTNERSHIP", rationale = "We monitor the same trials.", organisations = new[] { Id(party) } })).AssertNoErrors();
        return (payload.Data<string>("allianceProposal.id"), payload.Data<int>("allianceProposal.version"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_partners_webhook_hears_nothing_it_may_not_see_and_every_step_of_its_own_organisations_proposals(DatabaseProvider provider)
    {
        var world = await WorldAsync(provider, "Hearing");
        await using var partner = await WebhookScene.StartAsync(world.App, world.HomePartner, $"Hearing {provider}");
        await using var staff = await WebhookScene.StartAsync(world.App, world.Admin, $"Hearing staff {provider}");
        var everything = (string[])[.. Api.Changes.ChangeEventTypes.All];
        var partnerHook = await partner.CreateAsync("/status/204", everything);
        var staffHook = await staff.CreateAsync("/status/204", everything);

        await TieAsync(partner.Curator, "addPartnership", "AddPartnershipInput",
            new { organisation = Id(world.Other), partner = Id(world.Stranger), kind = "PARTNER", visibility = "STAFF" });
        await TieAsync(partner.Curator, "addMembership", "AddMembershipInput", new { coalition = world.DraftCoalition, organisation = Id(world.Other), role = "MEMBER" });
        await ProposeAsync(world.StrangerPartner, world.Stranger, world.Far);
        var own = await ProposeAsync(world.HomePartner, world.Home, world.Other);
        (await world.OtherPartner.MutateAsync("respondToAllianceProposal", "RespondToAllianceProposalInput", "errors { code message }",
            new { id = own.Id, expectedVersion = own.Version, agree = true })).AssertNoErrors();
        var fence = await partner.PublishOrganisationAsync("Fence");

        var heard = await partner.WaitForDeliveriesAsync(partnerHook.Id,
            all => all.Any(d => WebhookScene.SubjectOf(d.Payload) == fence) && all.All(d => d.Status == "DELIVERED"), "the fence");
        Assert.Equal([("allianceProposal.changed", own.Id), ("allianceProposal.changed", own.Id), ("content.published", fence)],
            heard.Select(d => (d.EventType, WebhookScene.SubjectOf(d.Payload))));
        Assert.Equal(heard.Select(d => d.Payload), partner.Receiver.Received.Select(request => request.Body));

        var all = await staff.WaitForDeliveriesAsync(staffHook.Id, all => all.Count == 6, "every event at the administrators' webhook");
        Assert.Equal(["tie.added", "tie.added", "allianceProposal.changed", "allianceProposal.changed", "allianceProposal.changed", "content.published"],
            all.Select(d => d.EventType));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_delivery_whose_tie_is_hidden_before_its_next_attempt_is_skipped_unsent(DatabaseProvider provider)
    {
        var world = await WorldAsync(provider, "Hidden");
        await using var partner = await WebhookScene.StartAsync(world.App, world.HomePartner, $"Hidden {provider}");
        var webhook = await partner.CreateAsync("/status/500", "tie.added");

        var tie = await TieAsync(partner.Curator, "addPartnership", "AddPartnershipInput",
            new { organisation = Id(world.Home), partner = Id(world.Other), kind = "PARTNER" });
        await partner.Receiver.WaitForAsync(received => received.Count >= 1);
        (await partner.Curator.MutateAsync("updatePartnership", "UpdatePartnershipInput", "errors { code message }",
            new { id = tie.Id, expectedVersion = tie.Version, visibility = "STAFF" })).AssertNoErrors();

        var skipped = Assert.Single(await partner.WaitForDeliveriesAsync(webhook.Id, all => all is [{ Status: "SKIPPED" }], "the delivery skipped"));
        Assert.Equal(tie.Id, WebhookScene.SubjectOf(skipped.Payload));
        Assert.NotEmpty(skipped.Attempts);
        Assert.All(skipped.Attempts, attempt => Assert.NotEqual("DELIVERED", attempt.Outcome));
        Assert.Equal(partner.Receiver.Received.Count, skipped.Sent);
    }
}
