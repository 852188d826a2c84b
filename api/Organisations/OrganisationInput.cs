using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Data.Organisations;

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
        SharedInput.AddSharedFields(type, Noun);
    }

    public static async Task ApplyAsync(InputContext context, Organisation organisation, IDictionary<string, object?> input)
    {
        var checks = context.Checks;
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "name":
                    organisation.Name = checks.Text(field, value, 300, required: true) ?? "";
                    break;
                case "acronym":
                    organisation.Acronym = checks.Text(field, value, 40, required: false);
                    break;
                case "kind":
                    organisation.Kind = checks.NotNull(field, value, organisation.Kind);
                    break;
                case "headquartersCountry":
                    var code = (value as string)?.ToUpperInvariant() ?? "";
                    await SharedInput.CountriesAsync(context, field, [code]);
                    organisation.HeadquartersCountryCode = code;
                    break;
                case "website":
                    checks.Url(field, value as string);
                    organisation.Website = value as string;
                    break;
                case "foundedYear":
                    checks.Range(field, value as int?, 1800, context.Now.Year);
                    organisation.FoundedYear = value as int?;
                    break;
                case "description":
                    organisation.Description = checks.Text(field, value, 8000, required: false) ?? "";
                    break;
                case "operatingCountries":
                    organisation.OperatingCountries = await SharedInput.CountriesAsync(context, field, SharedInput.Codes(value));
                    break;
                case "themes":
                    organisation.Themes = await SharedInput.ThemesAsync(context, field, value);
                    break;
                default:
                    SharedInput.ApplyShared(context, organisation, field, value);
                    break;
            }
        }
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
