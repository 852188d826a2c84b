using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Organisations;

/// <summary>The fields curators set on an organisation, checked and applied in one place for create and update.</summary>
public sealed class OrganisationInput : ICuratedInput<Organisation>
{
    public static string RecordType => "Organisation";
    public static string Noun => "organisation";
    public static IReadOnlyList<string> LocalizedFields { get; } = ["description"];

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
        type.Field<StringGraphType>("defaultLocale").Description("The locale of the texts above; \"en\" unless given.");
        type.Field<EnumerationGraphType<Visibility>>("visibility").Description("Who may see the organisation once published; Public unless given.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("operatingCountries").Description("ISO codes of the countries it works in.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Theme codes, e.g. \"lgbtqi-rights\".");
    }

    public static async Task ApplyAsync(NetworkGraphDbContext db, Organisation organisation, IDictionary<string, object?> input, InputChecks checks, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "slug":
                    checks.Slug(field, value as string);
                    organisation.Slug = value as string ?? "";
                    break;
                case "name":
                    checks.Text(field, value as string, 300, required: true);
                    organisation.Name = value as string ?? "";
                    break;
                case "acronym":
                    checks.Text(field, value as string, 40, required: false);
                    organisation.Acronym = value as string;
                    break;
                case "kind" when value is OrganisationKind kind:
                    organisation.Kind = kind;
                    break;
                case "headquartersCountry":
                    var code = (value as string)?.ToUpperInvariant() ?? "";
                    await SharedInput.CountriesAsync(db, field, [code], checks, cancellationToken);
                    organisation.HeadquartersCountryCode = code;
                    break;
                case "website":
                    checks.Url(field, value as string);
                    organisation.Website = value as string;
                    break;
                case "foundedYear":
                    checks.Range(field, value as int?, 1800, DateTime.UtcNow.Year);
                    organisation.FoundedYear = value as int?;
                    break;
                case "description":
                    checks.Text(field, value as string, 8000, required: false);
                    organisation.Description = value as string ?? "";
                    break;
                case "defaultLocale":
                    checks.Locale(field, value as string);
                    organisation.DefaultLocale = value as string ?? "en";
                    break;
                case "visibility" when value is Visibility visibility:
                    organisation.Visibility = visibility;
                    break;
                case "operatingCountries":
                    organisation.OperatingCountries = await SharedInput.CountriesAsync(db, field, SharedInput.Codes(value), checks, cancellationToken);
                    break;
                case "themes":
                    organisation.Themes = await SharedInput.ThemesAsync(db, field, value, checks, cancellationToken);
                    break;
                case "kind" or "visibility":
                    checks.Fail(field, $"'{field}' cannot be null.");
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
        SnapshotInput.From(snapshot, (field, text) => field switch
        {
            "kind" => Enum.Parse<OrganisationKind>(text),
            "visibility" => Enum.Parse<Visibility>(text),
            _ => text,
        });
}
