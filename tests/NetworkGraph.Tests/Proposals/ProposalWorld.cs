using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Proposals;

/// <summary>
/// A test's own records for proposals — a proposing organisation, a named party, a stranger, a defender, a goal and a
/// coalition — with a partner key for each organisation, a curator's and an administrator's, and each step of the
/// workflow as its mutation, taken over HTTP.
/// </summary>
public sealed class ProposalWorld
{
    public const string Selection = """
        allianceProposal {
          id status version decisionNote declinedBy { slug }
          responses { organisation { slug } response note onBehalf }
          created { __typename id }
        }
        errors { __typename code message path ... on InvalidTransitionError { state } ... on ConflictError { currentVersion } }
        """;

    private ProposalWorld(NetworkGraphApp app, string test) => (App, Test) = (app, test);

    public NetworkGraphApp App { get; }
    public string Test { get; }
    public Organisation Home { get; private init; } = null!;
    public Organisation Other { get; private init; } = null!;
    public Organisation Stranger { get; private init; } = null!;
    public Defender Defender { get; private init; } = null!;
    public AdvocacyGoal Goal { get; private init; } = null!;
    public Coalition Coalition { get; private init; } = null!;
    public GraphQLClient Proposer { get; private set; } = null!;
    public GraphQLClient Party { get; private set; } = null!;
    public GraphQLClient StrangerPartner { get; private set; } = null!;
    public GraphQLClient Curator { get; private set; } = null!;
    public GraphQLClient Admin { get; private set; } = null!;

    public static async Task<ProposalWorld> CreateAsync(AppFixture apps, DatabaseProvider provider, string test)
    {
        var app = await apps.For(provider);
        var world = new ProposalWorld(app, $"{test} {provider}")
        {
            Home = Organisation($"{test} Home {provider}"),
            Other = Organisation($"{test} Other {provider}"),
            Stranger = Organisation($"{test} Stranger {provider}"),
            Defender = Defender($"{test} Defender {provider}"),
            Goal = Goal($"{test} Goal {provider}"),
            Coalition = Coalition($"{test} Coalition {provider}"),
        };
        await app.SeedAsync(db => db.AddRange(world.Home, world.Other, world.Stranger, world.Defender, world.Goal, world.Coalition));
        world.Proposer = await app.KeyClientAsync(Role.Partner, world.Home.Id);
        world.Party = await app.KeyClientAsync(Role.Partner, world.Other.Id);
        world.StrangerPartner = await app.KeyClientAsync(Role.Partner, world.Stranger.Id);
        world.Curator = await app.CuratorClientAsync();
        world.Admin = await app.KeyClientAsync(Role.Admin);
        return world;
    }

    public static string Id<T>(T record) where T : Data.Common.Entity => GlobalId.Encode(typeof(T).Name, record.Id.ToString("N"));

    /// <summary>A partnership of <see cref="Home"/> with <see cref="Other"/>, proposed by Home's partner key.</summary>
    public Task<ProposalState> ProposePartnershipAsync() =>
        ProposeAsync(new { proposer = Id(Home), kind = "PARTNERSHIP", rationale = "We document the same trials.", organisations = new[] { Id(Other) } });

    public async Task<ProposalState> ProposeAsync(object input) =>
        ProposalState.Of(await Proposer.MutateAsync("proposeAlliance", "ProposeAllianceInput", Selection, input));

    public static Task<MutationPayload> StepAsync(GraphQLClient client, string mutation, object input) =>
        client.MutateAsync(mutation, InputTypeOf(mutation), Selection, input);

    public static Task<MutationPayload> RespondAsync(GraphQLClient client, ProposalState proposal, bool agree, string? note = null, string? organisation = null) =>
        StepAsync(client, "respondToAllianceProposal", new { id = proposal.Id, expectedVersion = proposal.Version, agree, note, organisation });

    public Task<MutationPayload> ReviewAsync(ProposalState proposal) =>
        StepAsync(Curator, "reviewAllianceProposal", new { id = proposal.Id, expectedVersion = proposal.Version });

    public Task<MutationPayload> AcceptAsync(ProposalState proposal, bool publish) =>
        StepAsync(Curator, "acceptAllianceProposal", new { id = proposal.Id, expectedVersion = proposal.Version, publish, note = "A good fit." });

    /// <summary>The proposal agreed by <see cref="Other"/> and taken up by staff.</summary>
    public async Task<ProposalState> UnderReviewAsync(ProposalState proposed)
    {
        var agreed = ProposalState.Of((await RespondAsync(Party, proposed, agree: true)).AssertNoErrors());
        return ProposalState.Of((await ReviewAsync(agreed)).AssertNoErrors());
    }

    /// <summary>The audit actions recorded on the proposal, oldest first.</summary>
    public async Task<List<string>> AuditActionsAsync(string proposalId)
    {
        var response = (await Admin.QueryAsync("""
            query ($id: ID!) { auditEvents(first: 50, where: { recordId: { eq: $id } }, order: [{ occurredAt: ASC }]) { nodes { action actor } } }
            """, new { id = proposalId })).AssertNoErrors();
        return [.. response.Data<List<AuditEntry>>("auditEvents.nodes").Select(e => e.Action)];
    }

    public async Task<T> ReadAsync<T>(Func<NetworkGraphDbContext, Task<T>> read)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    private static string InputTypeOf(string mutation) => mutation switch
    {
        "respondToAllianceProposal" => "RespondToAllianceProposalInput",
        "acceptAllianceProposal" => "AcceptAllianceProposalInput",
        _ => "ProposalStepInput",
    };
}

public sealed record AuditEntry(string Action, string Actor, List<AuditChange>? Changes = null);

public sealed record AuditChange(string Field, string Before, string After);

public sealed record Created(string __typename, string Id);

/// <summary>A proposal as a step's payload showed it.</summary>
public sealed record ProposalState(string Id, string Status, int Version, List<Created> Created)
{
    public static ProposalState Of(MutationPayload payload) => payload.AssertNoErrors().Data<ProposalState>("allianceProposal");
}
