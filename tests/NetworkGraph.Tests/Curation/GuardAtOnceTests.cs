using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>An edit that hides a published record from readers takes effect at once; it does not wait in the draft.</summary>
public sealed class GuardAtOnceTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static string Id(string type, Entity record) => GlobalId.Encode(type, record.Id.ToString("N"));

    private static async Task<bool> Public(NetworkGraphApp app, string id) =>
        (await app.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors().Data<Identified?>("node") is not null;

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL }.Where(TestDatabase.IsConfigured))
            foreach (var edit in new[] { "consent withdrawn", "risk raised", "audience narrowed" }) cases.Add(provider, edit);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_edit_that_hides_a_published_record_hides_it_before_it_is_published(DatabaseProvider provider, string edit)
    {
        var app = await apps.For(provider);
        var defender = Defender($"Guarded {provider} {edit}");
        var organisation = Organisation($"Guarded {provider} {edit}");
        await app.SeedAsync(db => db.AddRange(defender, organisation));
        var (mutation, inputType, id, change) = edit switch
        {
            "consent withdrawn" => ("updateDefender", "UpdateDefenderInput", Id("Defender", defender), (object)new { publicationConsent = false }),
            "risk raised" => ("updateDefender", "UpdateDefenderInput", Id("Defender", defender), new { riskLevel = "HIGH" }),
            _ => ("updateOrganisation", "UpdateOrganisationInput", Id("Organisation", organisation), new { visibility = "STAFF" }),
        };
        Assert.True(await Public(app, id));

        var input = new Dictionary<string, object?> { ["id"] = id, ["expectedVersion"] = 1 };
        foreach (var property in change.GetType().GetProperties()) input[property.Name] = property.GetValue(change);
        var curator = await app.CuratorClientAsync();
        (await curator.MutateAsync(mutation, inputType, "errors { code }", input)).AssertNoErrors();
        Assert.False(await Public(app, id));
    }
}
