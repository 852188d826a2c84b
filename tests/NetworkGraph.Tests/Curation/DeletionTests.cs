using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>Only a record that was never published and that nothing refers to may be deleted; anything else is archived.</summary>
public sealed class DeletionTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static string Id(string type, Entity record) => GlobalId.Encode(type, record.Id.ToString("N"));

    private static Task<MutationPayload> Delete(GraphQLClient curator, string type, string id, int version) =>
        curator.MutateAsync($"delete{type}", "RecordVersionInput", "errors { code message }", new { id, expectedVersion = version });

    private static async Task<(bool Record, int Revisions, int Translations, int Deletions)> Traces(NetworkGraphApp app, Guid id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return (await db.Organisations.AnyAsync(o => o.Id == id) || await db.Defenders.AnyAsync(d => d.Id == id),
            await db.Revisions.CountAsync(r => r.RecordId == id), await db.LocalizedTexts.CountAsync(t => t.OwnerId == id),
            await db.AuditEvents.CountAsync(a => a.RecordId == id && a.Action.EndsWith(".delete")));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_draft_nothing_refers_to_is_deleted_with_its_translations_and_revisions(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var id = await ChangedAsync<string>(curator, "createOrganisation", "CreateOrganisationInput", "organisation { id version } errors { code }",
            new { slug = $"short-lived-{provider}".ToLowerInvariant(), name = "Short-lived", kind = "NGO", headquartersCountry = "AM" }, "organisation.id");
        var version = await ChangedAsync<int>(curator, "setOrganisationTranslation", "TranslationInput", "organisation { version } errors { code }",
            new { id, expectedVersion = 1, field = "description", locale = "hy", text = "Կարճ կյանք." }, "organisation.version");
        var recordId = GlobalId.DecodeGuid(id, "Organisation");
        Assert.Equal((true, 1, 1, 0), await Traces(app, recordId));

        Assert.Empty((await Delete(curator, "Organisation", id, version)).Errors);
        Assert.Equal((false, 0, 0, 1), await Traces(app, recordId));
        Assert.Empty((await app.QueryAsync("{ search(text: \"Short-lived\") { nodes { __typename } } }")).AssertNoErrors().Data<object[]>("search.nodes"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_published_or_referred_to_record_is_not_deleted(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var published = Organisation($"Long-lived {provider}");
        var linkedDraft = Organisation($"Linked draft {provider}", ContentStatus.Draft);
        var listedDefender = Defender($"Listed draft {provider}", status: ContentStatus.Draft);
        var coalition = Coalition($"Deletion Coalition {provider}");
        var campaign = Campaign($"Deletion Campaign {provider}", "Text.");
        campaign.Defenders.Add(listedDefender);
        await app.SeedAsync(db => db.AddRange(published, linkedDraft, listedDefender, coalition, campaign, Member(coalition, linkedDraft)));
        var curator = await app.CuratorClientAsync();

        (string Type, Entity Record, string Reason)[] cases = [("Organisation", published, "archive it instead"), ("Organisation", linkedDraft, "Memberships"), ("Defender", listedDefender, "CampaignDefenders")];
        foreach (var (type, record, reason) in cases)
        {
            var refused = (await Delete(curator, type, Id(type, record), 1)).Error;
            Assert.Equal("NOT_ALLOWED", refused.Code);
            Assert.Contains(reason, refused.Message);
            Assert.Equal((true, 0, 0, 0), await Traces(app, record.Id));
        }
    }
}
