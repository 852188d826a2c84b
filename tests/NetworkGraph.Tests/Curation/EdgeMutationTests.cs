using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Events;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>
/// The mutations of every kind of edge, made by the same code: each kind is a row of <see cref="Kinds"/>, and every test
/// runs for each row and provider — the happy path, then every error kind with the database read back.
/// </summary>
public sealed class EdgeMutationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid Watch = Guid.CreateVersion7(), Partner = Guid.CreateVersion7(), Archived = Guid.CreateVersion7(),
        Alliance = Guid.CreateVersion7(), Defender = Guid.CreateVersion7(), Goal = Guid.CreateVersion7(), Forum = Guid.CreateVersion7();

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id.ToString("N"));

    /// <summary>One kind of edge: its ends on add, its role field with a first and a second value, and where readers find it.</summary>
    public sealed record Kind(string Type, Dictionary<string, object?> Ends, string RoleField, string Role, string NewRole,
        string SeenFrom, string Connection, string AlternativeEnd);

    private static readonly Dictionary<string, Kind> Kinds = new Kind[]
    {
        new("Membership", new() { ["coalition"] = Id("Coalition", Alliance), ["organisation"] = Id("Organisation", Watch) },
            "role", "MEMBER", "LEAD", Id("Organisation", Watch), "memberships", "defender"),
        new("Affiliation", new() { ["defender"] = Id("Defender", Defender), ["organisation"] = Id("Organisation", Watch) },
            "role", "Lawyer", "Director", Id("Defender", Defender), "affiliations", "organisation"),
        new("Partnership", new() { ["organisation"] = Id("Organisation", Watch), ["partner"] = Id("Organisation", Partner) },
            "kind", "PARTNER", "FUNDER", Id("Organisation", Partner), "partnerships", "partner"),
        new("GoalSupport", new() { ["goal"] = Id("AdvocacyGoal", Goal), ["coalition"] = Id("Coalition", Alliance) },
            "role", "SUPPORTER", "LEAD", Id("AdvocacyGoal", Goal), "supports", "organisation"),
        new("Participation", new() { ["event"] = Id("Event", Forum), ["defender"] = Id("Defender", Defender) },
            "role", "PARTICIPANT", "SPEAKER", Id("Event", Forum), "participations", "organisation"),
    }.ToDictionary(kind => kind.Type);

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL }.Where(TestDatabase.IsConfigured))
            foreach (var kind in Kinds.Keys) cases.Add(provider, kind);
        return cases;
    }

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
    {
        db.AddRange(
            With(Organisation("Edge Watch"), Watch), With(Organisation("Edge Partner"), Partner),
            With(Organisation("Closed Watch", status: ContentStatus.Archived), Archived), With(Coalition("Edge Alliance"), Alliance),
            With(TestData.Defender("Edge Defender"), Defender), With(TestData.Goal("Edge Goal"), Goal),
            new Event { Id = Forum, Slug = "edge-forum", Title = "Edge Forum", Kind = EventKind.Conference, StartsOn = new(2025, 5, 1), EndsOn = new(2025, 5, 2), Status = ContentStatus.Published });
    }));

    private static T With<T>(T record, Guid id) where T : Entity
    {
        record.Id = id;
        return record;
    }

    private static string Field(Kind kind) => char.ToLowerInvariant(kind.Type[0]) + kind.Type[1..];

    /// <summary>An edge of any kind, its <see cref="Kind.RoleField"/> selected as "role".</summary>
    private sealed record Edge(string Id, int Version, string Role, string? Since, string? Until, string Visibility, string? SourceNote, string? RecordedBy);

    private static Task<MutationPayload> Mutate(GraphQLClient client, Kind kind, string verb, string inputType, object input) =>
        client.MutateAsync(verb + kind.Type, inputType, Selection(kind), input);

    private static Task<Edge> Changed(GraphQLClient client, Kind kind, string verb, string inputType, object input) =>
        ChangedAsync<Edge>(client, verb + kind.Type, inputType, Selection(kind), input, Field(kind));

    private static string Selection(Kind kind) => $$"""
        {{Field(kind)}} { id version role: {{kind.RoleField}} since until visibility sourceNote recordedBy }
        errors { __typename code message path ... on ConflictError { currentVersion } }
        """;

    private static Dictionary<string, object?> AddInput(Kind kind, params (string Field, object? Value)[] extra)
    {
        var input = new Dictionary<string, object?>(kind.Ends) { [kind.RoleField] = kind.Role, ["since"] = "2020-01-01", ["sourceNote"] = "Annual report 2020" };
        foreach (var (field, value) in extra) input[field] = value;
        return input;
    }

    private static async Task<(int Edges, int AuditEvents)> Counts(NetworkGraphApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var edges = await db.Memberships.CountAsync() + await db.Affiliations.CountAsync() + await db.Partnerships.CountAsync()
            + await db.GoalSupports.CountAsync() + await db.Participations.CountAsync();
        return (edges, await db.AuditEvents.CountAsync());
    }

    /// <summary>What an anonymous reader finds of the edge: by its ID, and in the connection of the record it joins.</summary>
    private static async Task<(bool ByNode, bool InConnection)> PublicSight(NetworkGraphApp app, Kind kind, string id)
    {
        var seen = (await app.QueryAsync($$"""
            query ($id: ID!, $at: ID!) { node(id: $id) { id } at: node(id: $at) { ... on Node { id } ...Edges } }
            fragment Edges on {{TypeOf(kind.SeenFrom)}} { edges: {{kind.Connection}} { nodes { id } } }
            """, new { id, at = kind.SeenFrom })).AssertNoErrors();
        return (seen.Data<Identified?>("node") is not null, seen.Data<Identified[]>("at.edges.nodes").Contains(new Identified(id)));
    }

    private static string TypeOf(string id) => GlobalId.Decode(id).Type;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_curator_adds_updates_ends_and_removes_an_edge_that_readers_see_meanwhile(DatabaseProvider provider, string kindName)
    {
        var kind = Kinds[kindName];
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var added = await Changed(curator, kind, "add", $"Add{kind.Type}Input", AddInput(kind));
        var id = added.Id;
        Assert.Equal((kind.Role, "2020-01-01", "Annual report 2020", 1), (added.Role, added.Since, added.SourceNote, added.Version));
        Assert.Equal((true, true), await PublicSight(app, kind, id));
        var reader = (await app.QueryAsync($"query ($id: ID!) {{ node(id: $id) {{ ... on {kind.Type} {{ sourceNote recordedBy }} }} }}", new { id })).AssertNoErrors();
        Assert.Equal((null, null), (reader.Data<string?>("node.sourceNote"), reader.Data<string?>("node.recordedBy")));

        var updated = await Changed(curator, kind, "update", $"Update{kind.Type}Input", new Dictionary<string, object?> { ["id"] = id, ["expectedVersion"] = 1, [kind.RoleField] = kind.NewRole });
        Assert.Equal((kind.NewRole, 2), (updated.Role, updated.Version));
        var ended = await Changed(curator, kind, "end", "EndEdgeInput", new { id, expectedVersion = 2, until = "2024-12-31" });
        Assert.Equal("2024-12-31", ended.Until);
        Assert.Equal((true, true), await PublicSight(app, kind, id));

        var again = await Changed(curator, kind, "add", $"Add{kind.Type}Input", AddInput(kind, ("since", "2025-02-01")));
        var removed = await Changed(curator, kind, "remove", "RecordVersionInput", new { id = again.Id, expectedVersion = 1 });
        Assert.Equal(again.Id, removed.Id);
        Assert.Equal((false, false), await PublicSight(app, kind, again.Id));
        await Changed(curator, kind, "remove", "RecordVersionInput", new { id, expectedVersion = 3 });

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var noun = kind.Type.ToLowerInvariant().Replace("goalsupport", "goal support");
        var recordId = GlobalId.DecodeGuid(id, kind.Type);
        Assert.Equal([$"{noun}.add", $"{noun}.update", $"{noun}.end", $"{noun}.remove"],
            await db.AuditEvents.Where(a => a.RecordId == recordId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_error_kind_changes_nothing(DatabaseProvider provider, string kindName)
    {
        var kind = Kinds[kindName];
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var addInput = $"Add{kind.Type}Input";
        var id = (await Changed(curator, kind, "add", addInput, AddInput(kind))).Id;
        var before = await Counts(app);

        var anonymous = await Mutate(app.AnonymousClient(), kind, "add", addInput, AddInput(kind));
        Assert.Equal(["NOT_ALLOWED"], anonymous.ErrorCodes);
        var duplicate = (await Mutate(curator, kind, "add", addInput, AddInput(kind))).Error;
        Assert.Equal(("VALIDATION", "input"), (duplicate.Code, duplicate.Path));
        var firstEnd = kind.Ends.Keys.First();
        AssertValidationError(await Mutate(curator, kind, "add", addInput, AddInput(kind, (firstEnd, Id("Campaign", Watch)))), firstEnd);
        AssertValidationError(await Mutate(curator, kind, "add", addInput, AddInput(kind, (firstEnd, Id(TypeOf((string)kind.Ends[firstEnd]!), Guid.CreateVersion7())))), firstEnd);
        AssertValidationError(await Mutate(curator, kind, "add", addInput, AddInput(kind, ("until", "2019-12-31"))), "until");
        var alternative = await Mutate(curator, kind, "add", addInput, AddInput(kind, (kind.AlternativeEnd, Id("Organisation", Archived))));
        Assert.Equal(["VALIDATION"], alternative.ErrorCodes);

        Assert.Equal(["CONFLICT"], (await Mutate(curator, kind, "update", $"Update{kind.Type}Input", new { id, expectedVersion = 7 })).ErrorCodes);
        var staleEnd = await Mutate(curator, kind, "end", "EndEdgeInput", new { id, expectedVersion = 0 });
        Assert.Equal(("CONFLICT", 1), (staleEnd.Error.Code, staleEnd.Data<int>("errors[0].currentVersion")));
        AssertValidationError(await Mutate(curator, kind, "end", "EndEdgeInput", new { id, expectedVersion = 1, until = "2019-06-30" }), "until");
        var missing = Id(kind.Type, Guid.CreateVersion7());
        Assert.Equal(["NOT_FOUND"], (await Mutate(curator, kind, "remove", "RecordVersionInput", new { id = missing, expectedVersion = 1 })).ErrorCodes);
        AssertValidationError(await Mutate(curator, kind, "remove", "RecordVersionInput", new { id = Id("Organisation", Watch), expectedVersion = 1 }), "id");
        Assert.Equal(before, await Counts(app));

        await Changed(curator, kind, "remove", "RecordVersionInput", new { id, expectedVersion = 1 });
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_staff_only_edge_and_an_edge_to_a_draft_stay_hidden_from_readers(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var kind = Kinds["Partnership"];
        var staffOnly = await Changed(curator, kind, "add", "AddPartnershipInput", AddInput(kind, ("visibility", "STAFF")));
        Assert.Equal((false, false), await PublicSight(app, kind, staffOnly.Id));

        var draft = await ChangedAsync<string>(curator, "createOrganisation", "CreateOrganisationInput", "organisation { id } errors { code }",
            new { slug = $"draft-partner-{provider}".ToLowerInvariant(), name = "Draft Partner", kind = "NGO", headquartersCountry = "AM" }, "organisation.id");
        var toDraft = await Changed(curator, kind, "add", "AddPartnershipInput", AddInput(kind, ("organisation", draft), ("kind", "REFERRAL")));
        Assert.Equal((false, false), await PublicSight(app, kind, toDraft.Id));
        await Changed(curator, kind, "remove", "RecordVersionInput", new { id = staffOnly.Id, expectedVersion = 1 });
        await Changed(curator, kind, "remove", "RecordVersionInput", new { id = toDraft.Id, expectedVersion = 1 });
    }
}
