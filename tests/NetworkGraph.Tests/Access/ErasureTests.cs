using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Proposals;
using NetworkGraph.Data.Publishing;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>Erasing a defender leaves no trace of the person in any table, and an audit event that says an erasure happened.</summary>
public sealed class ErasureTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static Task<MutationPayload> Erase(GraphQLClient client, string id, string confirmAlias) =>
        client.MutateAsync("eraseDefender", "EraseDefenderInput", "erasedId errors { __typename code path }", new { id, confirmAlias });

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

    [Theory]
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
        var membership = await admin.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Defender { memberships { nodes { id version } } } } }", new { id = personId });
        var membershipId = membership.AssertNoErrors().Data<string>("node.memberships.nodes[0].id");
        (await admin.MutateAsync("updateMembership", "UpdateMembershipInput", "errors { code }",
            new { id = membershipId, expectedVersion = 1, role = "LEAD", sourceNote = $"Told by {person.LegalName}" })).AssertNoErrors();
        await using (var before = await DbAsync(app))
            Assert.Contains(await EveryValueAsync(before), value => value.Contains(person.Alias));

        Assert.Equal(["VALIDATION"], (await Erase(admin, personId, "Someone else")).ErrorCodes);
        Assert.Equal(["NOT_ALLOWED"], (await Erase(await app.CuratorClientAsync(), personId, person.Alias)).ErrorCodes);
        var erased = await Erase(admin, personId, person.Alias);
        Assert.Equal((personId, 0), (erased.Data<string>("erasedId"), erased.Errors.Count));

        await using var db = await DbAsync(app);
        var traces = new[] { person.Alias, person.Slug, person.LegalName!, person.Contact!, "Ostrakova", "Документує", person.Id.ToString("N"), personId };
        var found = (await EveryValueAsync(db)).Where(value => traces.Any(trace => value.Contains(trace, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
        var erasure = await db.AuditEvents.SingleAsync(a => a.Action == "defender.erase");
        Assert.Equal((null, null), (erasure.RecordId, erasure.Details));
        Assert.True(await db.Coalitions.AnyAsync(c => c.Id == coalition.Id) && await db.Campaigns.AnyAsync(c => c.Id == campaign.Id));
        Assert.Null((await admin.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = personId })).AssertNoErrors().Data<Identified?>("node"));
        Assert.Equal(["NOT_FOUND"], (await Erase(admin, personId, person.Alias)).ErrorCodes);
    }

    private static Task<NetworkGraphDbContext> DbAsync(NetworkGraphApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
}
