using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Seeding;

/// <summary>Countries, institutions with their members, V-Dem civic-space indices and the theme taxonomy.</summary>
public static class ReferenceData
{
    public static async Task SeedAsync(NetworkGraphDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Countries.AnyAsync(cancellationToken)) return;

        var countries = Csv.ReadEmbedded("countries.csv").Select(row => new Country
        {
            Code = row["iso2"], Iso3 = row["iso3"], NumericCode = row["numeric"], Name = row["name"],
            Region = row["region"], Subregion = row["subregion"],
        }).ToList();
        var codeOfIso3 = countries.ToDictionary(c => c.Iso3, c => c.Code);
        db.Countries.AddRange(countries);

        db.Institutions.AddRange(Csv.ReadEmbedded("institutions.csv").Select(row => new Institution
        {
            Code = row["code"], Name = row["name"], Kind = row["kind"],
        }));
        db.InstitutionMemberships.AddRange(Csv.ReadEmbedded("institution_memberships.csv").Select(row => new InstitutionMembership
        {
            InstitutionCode = row["institution"], CountryCode = codeOfIso3[row["iso3"]], Status = MemberStatusOf(row["status"]),
        }));
        db.CivicSpace.AddRange(Csv.ReadEmbedded("civic_space_vdem.csv")
            .Where(row => codeOfIso3.ContainsKey(row["iso3"]))
            .Select(row => new CivicSpaceIndex
            {
                CountryCode = codeOfIso3[row["iso3"]],
                Year = int.Parse(row["year"], CultureInfo.InvariantCulture),
                Regime = (RegimeType)int.Parse(row["regime"], CultureInfo.InvariantCulture),
                ElectoralDemocracy = NumberOrNull(row["polyarchy"]),
                CivilSociety = NumberOrNull(row["civil_society_index"]),
                FreedomOfAssociation = NumberOrNull(row["freedom_of_association"]),
            }));
        db.Themes.AddRange(ThemeCatalogue.All);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MemberStatus MemberStatusOf(string status) => status switch
    {
        "member" => MemberStatus.Member,
        "observer" => MemberStatus.Observer,
        "partner" => MemberStatus.Partner,
        "candidate" => MemberStatus.Candidate,
        "potential-candidate" => MemberStatus.PotentialCandidate,
        _ => throw new InvalidDataException($"Unknown membership status '{status}'."),
    };

    private static double? NumberOrNull(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
