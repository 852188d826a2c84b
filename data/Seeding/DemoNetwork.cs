using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// A small, realistic network of fictional organisations, defenders, coalitions, goals, events and
/// campaigns across wider Europe. The same seed always gives the same records, keys included.
/// Runs after <see cref="ReferenceData"/>.
/// </summary>
public static class DemoNetwork
{
    public static async Task SeedAsync(NetworkGraphDbContext db, int seed, CancellationToken cancellationToken = default)
    {
        // Tracked, so that the demo's links to reference rows are saved as links, not as new rows.
        var reference = new DemoReference(
            await db.Countries.AsTracking().ToDictionaryAsync(c => c.Code, cancellationToken),
            await db.Themes.AsTracking().ToDictionaryAsync(t => t.Code, cancellationToken),
            await db.Institutions.AsTracking().ToDictionaryAsync(i => i.Code, cancellationToken),
            (await db.InstitutionMemberships.Select(m => new { m.CountryCode, m.InstitutionCode }).ToListAsync(cancellationToken))
                .ToLookup(m => m.CountryCode, m => m.InstitutionCode));
        var network = new DemoNetworkBuilder(new Random(seed), reference).Build();

        db.Organisations.AddRange(network.Organisations);
        db.Defenders.AddRange(network.Defenders);
        db.Coalitions.AddRange(network.Coalitions);
        db.AdvocacyGoals.AddRange(network.Goals);
        db.Events.AddRange(network.Events);
        db.Campaigns.AddRange(network.Campaigns);
        db.Partnerships.AddRange(network.Partnerships);
        db.Affiliations.AddRange(network.Affiliations);
        db.Memberships.AddRange(network.Memberships);
        db.GoalSupports.AddRange(network.GoalSupports);
        db.Participations.AddRange(network.Participations);
        db.LocalizedTexts.AddRange(network.LocalizedTexts);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The reference rows the demo links to, tracked by the context that saves the demo.</summary>
internal sealed record DemoReference(
    IReadOnlyDictionary<string, Country> Countries,
    IReadOnlyDictionary<string, Theme> Themes,
    IReadOnlyDictionary<string, Institution> Institutions,
    ILookup<string, string> InstitutionsOfCountry);
