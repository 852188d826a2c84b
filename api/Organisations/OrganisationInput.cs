using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Organisations;

/// <summary>The fields curators set on an organisation, checked and applied in one place for create and update.</summary>
public sealed class OrganisationInput : ICuratedInput<Organisation>
{
    public static string RecordType => "Organisation";
    public static string Noun => "organisation";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } = new Dictionary<string, int> { ["description"] = 8000 };

    public static IQueryable<Organisation> WithLists(IQueryable<Organisation> records) =>
        records.Include(o => o.Themes).Include(o => o.OperatingCountries);

    /// <summary>On create the first four fields are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create)).Description("Unique, lower-case, with hyphens: \"civic-voice-armenia\".");
        type.Field("name", SharedInput.Required<StringGraphType>(create)).Description("The organisation's name in its default locale.");
        type.Field("kind", SharedInput.Required<EnumerationGraphType<OrganisationKind>>(create));
        type.Field("headquartersCountry", SharedInput.Required<StringGraphType>(create)).Description("ISO 3166-1 alpha-2 code of the headquarters' country.");
        type.Field<StringGraphType>("acronym");
        type.Field<StringGraphType>("website").Description("An http or https address.");
        type.Field<IntGraphType>("foundedYear");
        type.Field<StringGraphType>("description").Description("What the organisation does, in its default locale.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("operatingCountries").Description("ISO codes of the countries it works in.");
    }

    public static async Task ApplyAsync(GivenInput given, Organisation organisation)
    {
        given.Text("name", 300, required: true, name => organisation.Name = name ?? "");
        given.Text("acronym", 40, required: false, acronym => organisation.Acronym = acronym);
        given.NotNull<OrganisationKind>("kind", kind => organisation.Kind = kind);
        await given.CountryAsync("headquartersCountry", required: true, code => organisation.HeadquartersCountryCode = code ?? "");
        given.Value("website", website =>
        {
            given.Context.Checks.Url("website", website as string);
            organisation.Website = website as string;
        });
        given.Year("foundedYear", 1800, given.Context.Now.Year, year => organisation.FoundedYear = year);
        given.Text("description", LocalizedFields["description"], required: false, text => organisation.Description = text ?? "");
        await given.ListAsync("operatingCountries", SharedInput.CountriesAsync, countries => organisation.OperatingCountries = countries);
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => organisation.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(Organisation o) => new()
    {
        ["slug"] = o.Slug, ["name"] = o.Name, ["acronym"] = o.Acronym, ["kind"] = o.Kind.ToString(),
        ["headquartersCountry"] = o.HeadquartersCountryCode, ["website"] = o.Website, ["foundedYear"] = o.FoundedYear,
        ["description"] = o.Description, ["defaultLocale"] = o.DefaultLocale, ["visibility"] = o.Visibility.ToString(),
        ["status"] = o.Status.ToString(),
        ["operatingCountries"] = o.OperatingCountries.Select(c => c.Code).Order().ToList(),
        ["themes"] = o.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, ("kind", SnapshotInput.Enum<OrganisationKind>));
}
