namespace NetworkGraph.Api.Organisations;

/// <summary>The fields curators set on an organisation, checked and applied in one place for create and update.</summary>
public sealed record OrganisationInput : CuratedInput, ICuratedInput<Organisation, OrganisationInput>
{
    private const int DescriptionLength = 8000;

    public Optional<string?> Name { get; init; }
    public Optional<OrganisationKind?> Kind { get; init; }
    public Optional<string?> HeadquartersCountry { get; init; }
    public Optional<string?> Acronym { get; init; }
    public Optional<string?> Website { get; init; }
    public Optional<int?> FoundedYear { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<List<string>?> OperatingCountries { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } = [new(nameof(Description), DescriptionLength)];

    public static IQueryable<Organisation> WithLists(IQueryable<Organisation> records) =>
        records.Include(o => o.Themes).Include(o => o.OperatingCountries);

    public async Task ApplyAsync(Organisation organisation, GivenInput given)
    {
        given.Text(Name, 300, required: true, name => organisation.Name = name ?? "");
        given.Text(Acronym, 40, required: false, acronym => organisation.Acronym = acronym);
        given.NotNull(Kind, kind => organisation.Kind = kind);
        await given.CountryAsync(HeadquartersCountry, required: true, code => organisation.HeadquartersCountryCode = code ?? "");
        given.Url(Website, website => organisation.Website = website);
        given.Year(FoundedYear, 1800, given.Context.Now.Year, year => organisation.FoundedYear = year);
        given.Text(Description, DescriptionLength, required: false, text => organisation.Description = text ?? "");
        await given.CountriesAsync(OperatingCountries, countries => organisation.OperatingCountries = countries);
        await given.ThemesAsync(Themes, themes => organisation.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(Organisation o) => Snapshots.Of(
        (nameof(Slug), o.Slug), (nameof(Name), o.Name), (nameof(Acronym), o.Acronym), (nameof(Kind), o.Kind),
        (nameof(HeadquartersCountry), o.HeadquartersCountryCode), (nameof(Website), o.Website), (nameof(FoundedYear), o.FoundedYear),
        (nameof(Description), o.Description), (nameof(DefaultLocale), o.DefaultLocale), (nameof(Visibility), o.Visibility),
        (nameof(o.Status), o.Status),
        (nameof(OperatingCountries), o.OperatingCountries.Select(c => c.Code).Order().ToList()),
        (nameof(Themes), o.Themes.Select(t => t.Code).Order().ToList()));
}
