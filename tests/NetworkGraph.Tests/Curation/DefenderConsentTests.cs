using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;

namespace NetworkGraph.Tests.Curation;

/// <summary>
/// A defender's publication consent is recorded with the time (of the app's clock, here a fake one) and the curator
/// who changed it, kept through a draft until published, and cleared when withdrawn; readers see the defender only with it.
/// </summary>
public sealed class DefenderConsentTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Task<Versioned> Changed(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<Versioned>(client, name, inputType, "defender { id version } errors { code message }", input, "defender");

    /// <summary>Publishes the defender's latest draft; returns the version after.</summary>
    private static async Task<int> Publish(GraphQLClient curator, string id, int version) =>
        (await Changed(curator, "publishDefender", "RecordVersionInput", new { id, expectedVersion = version })).Version;

    private static async Task<int> Update(GraphQLClient curator, string id, int version, bool consent) =>
        (await Changed(curator, "updateDefender", "UpdateDefenderInput", new { id, expectedVersion = version, publicationConsent = consent })).Version;

    private static async Task<(bool Consent, DateTime? At, string? By)> Recorded(NetworkGraphApp app, Guid id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var defender = await db.Defenders.SingleAsync(d => d.Id == id);
        return (defender.PublicationConsent, defender.ConsentRecordedAt, defender.ConsentRecordedBy);
    }

    private sealed record Revision(string Id, string Snapshot);

    private static async Task<bool> Public(NetworkGraphApp app, string id) =>
        (await app.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors().Data<Identified?>("node") is not null;

    /// <summary>The ID of the defender's revision that gave consent, as its curators read it.</summary>
    private static async Task<string> RevisionGivingConsent(GraphQLClient curator)
    {
        var response = await curator.QueryAsync("{ defender(slug: \"nika-b\") { revisions { nodes { id snapshot } } } }");
        var revisions = response.AssertNoErrors().Data<Revision[]>("defender.revisions.nodes");
        return revisions.Single(r => r.Snapshot.Contains("\"publicationConsent\":true")).Id;
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Consent_is_recorded_when_given_and_cleared_when_withdrawn_and_a_restored_consent_is_recorded_anew(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = new NetworkGraphApp(TestDatabase.Create(provider), services: services => services.AddSingleton<TimeProvider>(clock));
        var curator = await app.CuratorClientAsync();
        var id = (await Changed(curator, "createDefender", "CreateDefenderInput", new { slug = "nika-b", alias = "Nika B.", riskLevel = "LOW" })).Id;
        var recordId = GlobalId.DecodeGuid(id, "Defender");
        var version = await Publish(curator, id, 1);
        Assert.Equal((false, null, null), await Recorded(app, recordId));

        clock.Advance(TimeSpan.FromHours(1));
        version = await Update(curator, id, version, consent: true);
        Assert.Equal((false, null, null), await Recorded(app, recordId));
        Assert.False(await Public(app, id));
        clock.Advance(TimeSpan.FromHours(1));
        version = await Publish(curator, id, version);
        var actor = await CuratorActor(app, recordId);
        Assert.Equal((true, Start.AddHours(1), actor), await Recorded(app, recordId));
        Assert.True(await Public(app, id));

        version = await Publish(curator, id, await Update(curator, id, version, consent: false));
        Assert.Equal((false, null, null), await Recorded(app, recordId));
        Assert.False(await Public(app, id));

        // Restoring the revision that gave consent gives it again now: the withdrawn record does not come back with it.
        clock.Advance(TimeSpan.FromHours(1));
        var restored = await Changed(curator, "restoreDefenderRevision", "RestoreRevisionInput", new { id = await RevisionGivingConsent(curator), expectedVersion = version });
        await Publish(curator, id, restored.Version);
        Assert.Equal((true, Start.AddHours(3), actor), await Recorded(app, recordId));
    }

    private static async Task<string> CuratorActor(NetworkGraphApp app, Guid id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.Where(a => a.RecordId == id && a.Action == "defender.update").Select(a => a.Actor).SingleAsync();
    }
}
