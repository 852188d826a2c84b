using System.Data.Common;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Proposals;
using NetworkGraph.Data.Publishing;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>Erasing a defender leaves no trace of the person in any table, and an audit event that says an erasure happened.</summary>
public sealed class ErasureTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static async Task<JsonNode> Erase(HttpClient client, string id, string confirmAlias)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($input: EraseDefenderInput!) { eraseDefender(input: $input) { erasedId errors { __typename code path } } }",
            variables = new { input = new { id, confirmAlias } },
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["eraseDefender"]!;
    }

    private static async Task<JsonNode> Post(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>Every row of every table, as text: strings as they are, GUIDs in both forms, bytes decoded as UTF-8.</summary>
    private static async Task<List<string>> EveryValueAsync(NetworkGraphDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = db.Database.IsSqlite()
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var values = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var column = 0; column < reader.FieldCount; column++)
                    values.Add($"{table}: {Text(reader, column)}");
        }
        return values;
    }

    private static string Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? "" : reader.GetValue(column) switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        Guid guid => $"{guid:D} {guid:N}",
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task An_erased_defender_leaves_no_trace_in_any_table_and_the_erasure_is_audited(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var person = Defender($"Quillonera Marrowfield {provider}");
        person.LegalName = "Veradina Ostrakova";
        person.Contact = "veradina.ostrakova@example.org";
        var coalition = Coalition($"Erasure Coalition {provider}");
        var organisation = Organisation($"Erasure Watch {provider}");
        var campaign = Campaign($"Erasure Campaign {provider}", "Solidarity.");
        campaign.Defenders.Add(person);
        var personId = GlobalId.Encode("Defender", person.Id.ToString("N"));
        await app.SeedAsync(db =>
        {
            db.AddRange(person, coalition, organisation, campaign, Member(coalition, person), Affiliated(person, organisation));
            db.AllianceProposals.Add(new AllianceProposal
            {
                ProposerOrganisationId = organisation.Id, Kind = ProposalKind.JoinCoalition, CoalitionId = coalition.Id, Rationale = "Together.",
                Parties = [new ProposalParty { DefenderId = person.Id }],
            });
            db.LocalizedTexts.Add(new LocalizedText { OwnerId = person.Id, Field = "bio", Locale = "uk", Text = "Документує порушення." });
            db.Revisions.Add(new Revision { RecordType = "Campaign", RecordId = campaign.Id, Number = 1, Author = "seed", Snapshot = $$"""{"defenders":["{{personId}}"]}""" });
        });
        var admin = await app.KeyClientAsync(Role.Admin);
        var coalitionId = GlobalId.Encode("Coalition", coalition.Id.ToString("N"));
        var membership = await Post(admin, "query ($id: ID!) { node(id: $id) { ... on Defender { memberships { nodes { id version } } } } }", new { id = personId });
        var membershipId = membership["node"]!["memberships"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await Post(admin, "mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { errors { code } } }",
            new { input = new { id = membershipId, expectedVersion = 1, role = "LEAD", sourceNote = $"Told by {person.LegalName}" } });
        await using (var before = await DbAsync(app))
            Assert.Contains(await EveryValueAsync(before), value => value.Contains(person.Alias));

        Assert.Equal("VALIDATION", (await Erase(admin, personId, "Someone else"))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_ALLOWED", (await Erase(await app.CuratorClientAsync(), personId, person.Alias))["errors"]![0]!["code"]!.GetValue<string>());
        var erased = await Erase(admin, personId, person.Alias);
        Assert.Equal((personId, 0), (erased["erasedId"]!.GetValue<string>(), erased["errors"]!.AsArray().Count));

        await using var db = await DbAsync(app);
        var traces = new[] { person.Alias, person.Slug, person.LegalName!, person.Contact!, "Ostrakova", "Документує", person.Id.ToString("N"), personId };
        var found = (await EveryValueAsync(db)).Where(value => traces.Any(trace => value.Contains(trace, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
        var erasure = await db.AuditEvents.SingleAsync(a => a.Action == "defender.erase");
        Assert.Equal((null, null), (erasure.RecordId, erasure.Details));
        Assert.True(await db.Coalitions.AnyAsync(c => c.Id == coalition.Id) && await db.Campaigns.AnyAsync(c => c.Id == campaign.Id));
        Assert.Null((await Post(admin, "query ($id: ID!) { node(id: $id) { id } }", new { id = personId }))["node"]);
        Assert.Equal("NOT_FOUND", (await Erase(admin, personId, person.Alias))["errors"]![0]!["code"]!.GetValue<string>());
    }

    private static Task<NetworkGraphDbContext> DbAsync(NetworkGraphApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
}
