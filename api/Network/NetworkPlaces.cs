namespace NetworkGraph.Api.Network;

/// <summary>A country as the network's filters read it: its UN M49 region and sub-region, and the institutions and groupings it belongs to.</summary>
public sealed record NetworkCountry(string Code, string Region, string Subregion, IReadOnlySet<string> Institutions);

/// <summary>
/// The reference data the network's filters and analytics read: countries with their regions and institutions, and the
/// theme taxonomy. Read with the records when the engine builds its snapshot.
/// </summary>
public sealed class NetworkPlaces(IReadOnlyDictionary<string, NetworkCountry> countries, IReadOnlyDictionary<string, string?> parentOfTheme,
    IReadOnlySet<string> institutions, IReadOnlySet<string> groupings)
{
    /// <summary>The kind of institution that is a policy grouping of a few neighbouring countries (EAP, WB, CA).</summary>
    public const string GroupingKind = "policy-grouping";

    public IReadOnlyDictionary<string, NetworkCountry> Countries => countries;

    public IReadOnlySet<string> Institutions => institutions;

    /// <summary>The institutions that are policy groupings (<see cref="GroupingKind"/>), not intergovernmental institutions.</summary>
    public IReadOnlySet<string> Groupings => groupings;

    public bool IsTheme(string code) => parentOfTheme.ContainsKey(code);

    /// <summary>Whether the theme is <paramref name="ancestor"/> or lies below it in the taxonomy.</summary>
    public bool IsWithin(string theme, string ancestor)
    {
        for (string? current = theme; current is not null; current = parentOfTheme.GetValueOrDefault(current))
            if (current == ancestor) return true;
        return false;
    }

    public bool IsRegion(string region) =>
        countries.Values.Any(country => country.Region == region || country.Subregion == region);

    public static async Task<NetworkPlaces> LoadAsync(NetworkGraphDbContext db, CancellationToken cancellationToken)
    {
        var memberships = (await db.InstitutionMemberships.AsNoTracking().Select(m => new { m.CountryCode, m.InstitutionCode })
            .ToListAsync(cancellationToken)).ToLookup(m => m.CountryCode, m => m.InstitutionCode);
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.Region, c.Subregion }).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().Select(t => new { t.Code, t.ParentCode }).ToListAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().Select(i => new { i.Code, i.Kind }).ToListAsync(cancellationToken);
        return new NetworkPlaces(
            countries.ToDictionary(c => c.Code, c => new NetworkCountry(c.Code, c.Region, c.Subregion, memberships[c.Code].ToHashSet())),
            themes.ToDictionary(t => t.Code, t => t.ParentCode), institutions.Select(i => i.Code).ToHashSet(),
            institutions.Where(i => i.Kind == GroupingKind).Select(i => i.Code).ToHashSet());
    }
}
