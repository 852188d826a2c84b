using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Tests.Infrastructure;
using NetworkGraph.Tests.Proposals;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>
/// The subscription fields of the change log, over a real WebSocket and a real event stream: a subscriber receives the
/// event of a change committed after it subscribed (or, resuming, after its cursor), and nothing about what it may not see.
/// </summary>
public sealed class ChangeSubscriptionTests(ChangeSubscriptionTests.Service service) : IClassFixture<ChangeSubscriptionTests.Service>
{
    private const string Event = "type cursor id node { id }";

    private const string AddPartnership = "partnership { id } errors { code message path }";

    /// <summary>The service on SQLite on a port, reading the change log every 100 ms for what it did not hear of.</summary>
    public sealed class Service : IAsyncLifetime
    {
        public NetworkGraphApp App { get; } = new(TestDatabase.Create(DatabaseProvider.Sqlite), new Dictionary<string, string> { ["Changes:PollInterval"] = "00:00:00.1" });

        public Uri Address { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Address = App.StartOnPort();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task A_subscriber_receives_the_tie_a_curator_adds_and_nothing_about_one_it_may_not_see()
    {
        var (app, address) = (service.App, service.Address);
        var (north, south) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"));
        await app.SeedAsync(db => db.AddRange(north, south));
        await using var anonymous = await SubscribeAsync(address, key: null, $"subscription ($of: ID!) {{ tiesChanged(of: $of, after: \"0\") {{ {Event} }} }}",
            new { of = ProposalWorld.Id(north) });

        using var curator = await app.CuratorClientAsync();
        var hidden = await AddPartnershipAsync(curator, north, south, "STAFF");
        var seen = await AddPartnershipAsync(curator, north, south, "PUBLIC", kind: "FUNDER");

        var received = Data(await anonymous.ReceiveAsync(), "tiesChanged");
        Assert.Equal(("tie.added", seen, seen), (received["type"]!.GetValue<string>(), received["id"]!.GetValue<string>(), received["node"]!["id"]!.GetValue<string>()));
        Assert.NotEqual(hidden, seen);
        Assert.True(long.Parse(received["cursor"]!.GetValue<string>()) > 0);
    }

    [Fact]
    public async Task A_subscriber_who_resumes_after_a_cursor_receives_what_committed_since_and_then_what_commits_live()
    {
        var (app, address) = (service.App, service.Address);
        var (north, south) = (Organisation($"North {Guid.NewGuid():N}"), Organisation($"South {Guid.NewGuid():N}"));
        await app.SeedAsync(db => db.AddRange(north, south));
        using var curator = await app.CuratorClientAsync();
        var first = await AddPartnershipAsync(curator, north, south, "PUBLIC");
        var query = $"subscription ($of: ID!, $after: String) {{ tiesChanged(of: $of, after: $after) {{ {Event} }} }}";

        string cursor;
        await using (var earlier = await SubscribeAsync(address, key: null, query, new { of = ProposalWorld.Id(north), after = "0" }))
        {
            var replayed = Data(await earlier.ReceiveAsync(), "tiesChanged");
            Assert.Equal(first, replayed["id"]!.GetValue<string>());
            cursor = replayed["cursor"]!.GetValue<string>();
        }
        var second = await AddPartnershipAsync(curator, north, south, "PUBLIC", kind: "REFERRAL");
        await using var resumed = await SubscribeAsync(address, key: null, query, new { of = ProposalWorld.Id(north), after = cursor });
        Assert.Equal(second, Data(await resumed.ReceiveAsync(), "tiesChanged")["id"]!.GetValue<string>());
        var third = await AddPartnershipAsync(curator, north, south, "PUBLIC", kind: "JOINT_CAMPAIGN");
        Assert.Equal(third, Data(await resumed.ReceiveAsync(), "tiesChanged")["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_publication_reaches_a_subscriber_over_server_sent_events()
    {
        var (app, address) = (service.App, service.Address);
        var draft = Organisation($"Draft {Guid.NewGuid():N}", status: ContentStatus.Draft);
        await app.SeedAsync(db => db.Add(draft));
        using var http = new HttpClient { BaseAddress = address, Timeout = ProtocolSocket.Patience };
        using var stream = await EventStreamClient.OpenAsync(http, $"subscription {{ contentPublished(types: [\"Organisation\"], after: \"0\") {{ {Event} }} }}");

        using var curator = await app.CuratorClientAsync();
        (await curator.MutateAsync("publishOrganisation", "RecordVersionInput", "organisation { id } errors { code }",
            new { id = ProposalWorld.Id(draft), expectedVersion = draft.Version })).AssertNoErrors();

        var next = await stream.ReadAsync();
        Assert.Equal("next", next!.Event);
        var received = JsonNode.Parse(next.Data!)!["data"]!["contentPublished"]!;
        Assert.Equal(("content.published", ProposalWorld.Id(draft)), (received["type"]!.GetValue<string>(), received["node"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_organisations_a_proposal_concerns_hear_of_its_steps()
    {
        var (app, address) = (service.App, service.Address);
        var (home, other, stranger) = (Organisation($"Home {Guid.NewGuid():N}"), Organisation($"Other {Guid.NewGuid():N}"), Organisation($"Stranger {Guid.NewGuid():N}"));
        await app.SeedAsync(db => db.AddRange(home, other, stranger));
        var query = $"subscription {{ allianceProposalChanged(after: \"0\") {{ {Event} }} }}";
        await using var party = await SubscribeAsync(address, await app.CreateKeyAsync(Role.Partner, other.Id), query);
        await using var outsider = await SubscribeAsync(address, await app.CreateKeyAsync(Role.Partner, stranger.Id), query);

        using var proposer = await app.KeyClientAsync(Role.Partner, home.Id);
        var theirs = await ProposeAsync(proposer, home, other);
        Assert.Equal(theirs, Data(await party.ReceiveAsync(), "allianceProposalChanged")["id"]!.GetValue<string>());

        // The outsider's first event is of the proposal that names it: nothing of the one before.
        var naming = await ProposeAsync(proposer, home, stranger);
        Assert.Equal(naming, Data(await outsider.ReceiveAsync(), "allianceProposalChanged")["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_with_a_malformed_cursor_or_an_unknown_type_is_refused_with_a_code()
    {
        var address = service.Address;
        foreach (var (query, code) in new[]
        {
            ("subscription { tiesChanged(after: \"yesterday\") { type } }", "INVALID_CURSOR"),
            ("subscription { contentPublished(types: [\"Secret\"]) { type } }", "INVALID_ARGUMENT"),
            ("subscription { allianceProposalChanged(id: \"bm90LWFuLWlk\") { type } }", "INVALID_ID"),
        })
        {
            await using var socket = await SubscribeAsync(address, key: null, query);
            var message = await socket.ReceiveAsync();
            Assert.Equal(code, ErrorCode(message));
        }
    }

    public static async Task<ProtocolSocket> SubscribeAsync(Uri address, string? key, string query, object? variables = null)
    {
        var socket = await ProtocolSocket.ConnectAsync(new Uri(address, "graphql"), ProtocolSocket.Subprotocol, []);
        await socket.InitAsync(key is null ? null : new { authorization = $"Bearer {key}" });
        await socket.SubscribeAsync("1", query, variables);
        return socket;
    }

    /// <summary>A <c>next</c> message's data under the field; fails on any other message.</summary>
    public static JsonNode Data(JsonObject message, string field)
    {
        Assert.True(ProtocolSocket.Type(message) == "next", $"Expected next: {message.ToJsonString()}");
        return message["payload"]!["data"]![field]!;
    }

    /// <summary>The code of the first error a message carries, in a <c>next</c> payload or an <c>error</c> message.</summary>
    private static string? ErrorCode(JsonObject message) =>
        (ProtocolSocket.Type(message) == "error" ? message["payload"]![0] : message["payload"]!["errors"]![0])!["extensions"]!["code"]!.GetValue<string>();

    public static async Task<string> AddPartnershipAsync(GraphQLClient curator, Organisation from, Organisation to, string visibility, string kind = "PARTNER") =>
        (await curator.MutateAsync("addPartnership", "AddPartnershipInput", AddPartnership,
            new { organisation = ProposalWorld.Id(from), partner = ProposalWorld.Id(to), kind, visibility })).AssertNoErrors().Data<string>("partnership.id");

    private static async Task<string> ProposeAsync(GraphQLClient proposer, Organisation home, Organisation with) =>
        (await proposer.MutateAsync("proposeAlliance", "ProposeAllianceInput", "allianceProposal { id } errors { code message }",
            new { proposer = ProposalWorld.Id(home), kind = "PARTNERSHIP", rationale = "Trials.", organisations = new[] { ProposalWorld.Id(with) } }))
        .AssertNoErrors().Data<string>("allianceProposal.id");
}
