using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>A defender's legal name and contact are read by staff only, and each read is in the audit log.</summary>
public sealed class RestrictedFieldTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Restricted = "alias legalName contact riskLevel publicationConsent";

    /// <summary>A defender as read with some or all of <see cref="Restricted"/>.</summary>
    private sealed record SeenDefender(string Alias, string? LegalName = null, string? Contact = null, string? RiskLevel = null, bool? PublicationConsent = null);

    private static async Task<SeenDefender[]> Defenders(GraphQLClient client, string slugPrefix, string fields)
    {
        var response = await client.QueryAsync(
            $"query ($prefix: String!) {{ defenders(where: {{ slug: {{ startsWith: $prefix }} }}) {{ nodes {{ {fields} }} }} }}", new { prefix = slugPrefix });
        return response.AssertNoErrors().Data<SeenDefender[]>("defenders.nodes");
    }

    private static async Task<List<(string Actor, Guid? RecordId, string? Details)>> Reads(NetworkGraphApp app, IEnumerable<Guid> ids)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var events = await db.AuditEvents.Where(a => a.Action == "defender.read" && ids.Contains(a.RecordId!.Value)).ToListAsync();
        return [.. events.Select(e => (e.Actor, e.RecordId, e.Details))];
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Only_staff_read_restricted_fields_and_each_read_is_audited_per_record(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var prefix = $"restricted-{provider}".ToLowerInvariant();
        var first = Defender($"Restricted {provider} One");
        var second = Defender($"Restricted {provider} Two", RiskLevel.Elevated);
        await app.SeedAsync(db => db.AddRange(first, second));
        var ids = new[] { first.Id, second.Id };

        var partnerHome = Organisation($"Restricted Partner {provider}");
        await app.SeedAsync(db => db.Add(partnerHome));
        foreach (var outsider in new[] { app.AnonymousClient(), await app.KeyClientAsync(Role.Partner, partnerHome.Id) })
        {
            var seen = await Defenders(outsider, prefix, Restricted);
            Assert.Equal(2, seen.Length);
            Assert.All(seen, d => Assert.Equal((null, null, null, null), (d.LegalName, d.Contact, d.RiskLevel, d.PublicationConsent)));
        }
        Assert.Empty(await Reads(app, ids));

        var curator = await app.CuratorClientAsync();
        Assert.Equal(2, (await Defenders(curator, prefix, "alias riskLevel")).Length);
        Assert.Empty(await Reads(app, ids));

        var read = await Defenders(curator, prefix, Restricted);
        Assert.Equal([first.LegalName, second.LegalName], read.Select(d => d.LegalName).Order());
        Assert.Contains(read, d => d.RiskLevel == "ELEVATED" && d.Contact == second.Contact);
        var events = await Reads(app, ids);
        Assert.Equal(ids.Order(), events.Select(e => e.RecordId!.Value).Order());
        Assert.All(events, e => Assert.StartsWith("key:", e.Actor));
        Assert.All(events, e => Assert.Equal("""{"contact":{},"legalName":{}}""", e.Details));
    }
}
