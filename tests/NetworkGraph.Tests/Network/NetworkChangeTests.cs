using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Access;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Access.MatrixSubjects;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// A change that hides a record from some callers, or erases it, takes it out of their network in the very next answer of
/// the instance that made it: a record narrowed to partners or staff, unpublished, archived, a defender whose risk is raised
/// or whose consent is withdrawn, a defender erased. Who finds it afterwards is read from the tables of <see cref="MatrixSubjects"/>.
/// </summary>
public sealed class NetworkChangeTests(AppFixture apps) : IClassFixture<AppFixture>
{
    /// <param name="After">The kind of record the change makes of it; null when it is gone for everyone.</param>
    private sealed record Change(string Type, Func<GraphQLClient, MatrixRecord, Task<MutationPayload>> Make, Subject? After);

    private static readonly Dictionary<string, Change> Changes = new()
    {
        ["organisation narrowed to partners"] = new("Organisation", (admin, record) => Update(admin, record, ("visibility", "PARTNERS")), Subject.PartnersOnly),
        ["organisation narrowed to staff"] = new("Organisation", (admin, record) => Update(admin, record, ("visibility", "STAFF")), Subject.StaffOnly),
        ["coalition unpublished"] = new("Coalition", Status("unpublish"), Subject.Draft),
        ["defender unpublished"] = new("Defender", Status("unpublish"), Subject.Draft),
        ["organisation archived"] = new("Organisation", Status("archive"), Subject.Archived),
        ["defender's risk raised to high"] = new("Defender", (admin, record) => Update(admin, record, ("riskLevel", "HIGH")), Subject.HighRisk),
        ["defender's consent withdrawn"] = new("Defender", (admin, record) => Update(admin, record, ("publicationConsent", false)), Subject.NoConsent),
        ["defender erased"] = new("Defender", NetworkCallers.EraseAsync, After: null),
    };

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Providers)
            foreach (var change in Changes.Keys) cases.Add(provider, change);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_change_takes_a_record_out_of_the_network_of_those_who_may_no_longer_see_it_at_once(DatabaseProvider provider, string change)
    {
        var (type, make, after) = Changes[change];
        var app = await apps.For(provider);
        var scene = NetworkScene.Fresh(type);
        await NetworkScene.SeedAsync(app, scene);
        var clients = await NetworkCallers.ClientsAsync(app, scene);
        Assert.Equal(NetworkCallers.FoundBy(scene, _ => true), await NetworkCallers.FindingAsync(clients, scene));

        (await make(clients[Role.Admin], scene.Record!)).AssertNoErrors();

        Assert.Equal(NetworkCallers.FoundBy(scene, role => after is { } kind && Sees(role, kind)), await NetworkCallers.FindingAsync(clients, scene));
    }

    private static Task<MutationPayload> Update(GraphQLClient admin, MatrixRecord record, (string Field, object Value) change) =>
        admin.MutateAsync($"update{record.Type}", $"Update{record.Type}Input", "errors { code message }",
            new Dictionary<string, object> { ["id"] = record.GlobalId, ["expectedVersion"] = 1, [change.Field] = change.Value });

    /// <summary>A change of status: "unpublish", "archive".</summary>
    private static Func<GraphQLClient, MatrixRecord, Task<MutationPayload>> Status(string action) => (admin, record) =>
        admin.MutateAsync($"{action}{record.Type}", "RecordVersionInput", "errors { code message }", new { id = record.GlobalId, expectedVersion = 1 });
}
