using System.Globalization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Data;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Api.Coalitions;

/// <summary>The fields curators set on a coalition, checked and applied in one place for create and update.</summary>
public sealed class CoalitionInput : ICuratedInput<Coalition>
{
    public static string RecordType => "Coalition";
    public static string Noun => "coalition";
    public static IReadOnlyList<string> LocalizedFields { get; } = ["purpose"];

    public static IQueryable<Coalition> WithLists(IQueryable<Coalition> records) => records.Include(c => c.Themes);

    /// <summary>On create the slug and the name are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create))
            .Description("Unique, lower-case, with hyphens: \"eastern-partnership-civil-society-forum\".");
        type.Field("name", SharedInput.Required<StringGraphType>(create))
            .Description("The coalition's name in its default locale.");
        type.Field<StringGraphType>("acronym");
        type.Field<StringGraphType>("purpose").Description("What the coalition is for, in its default locale.");
        type.Field<DateOnlyGraphType>("foundedOn");
        type.Field<DateOnlyGraphType>("dissolvedOn").Description("Not before foundedOn.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Theme codes, e.g. \"lgbtqi-rights\".");
        type.Field<StringGraphType>("defaultLocale").Description("The locale of the texts above; \"en\" unless given.");
        type.Field<EnumerationGraphType<Visibility>>("visibility").Description("Who may see the coalition once published; Public unless given.");
    }

    public static async Task ApplyAsync(NetworkGraphDbContext db, Coalition coalition, IDictionary<string, object?> input, InputChecks checks, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "slug":
                    checks.Slug(field, value as string);
                    coalition.Slug = value as string ?? "";
                    break;
                case "name":
                    checks.Text(field, value as string, 300, required: true);
                    coalition.Name = value as string ?? "";
                    break;
                case "acronym":
                    checks.Text(field, value as string, 40, required: false);
                    coalition.Acronym = value as string;
                    break;
                case "purpose":
                    checks.Text(field, value as string, 8000, required: false);
                    coalition.Purpose = value as string ?? "";
                    break;
                case "foundedOn":
                    coalition.FoundedOn = value as DateOnly?;
                    break;
                case "dissolvedOn":
                    coalition.DissolvedOn = value as DateOnly?;
                    break;
                case "themes":
                    coalition.Themes = await SharedInput.ThemesAsync(db, field, value, checks, cancellationToken);
                    break;
                case "defaultLocale":
                    checks.Locale(field, value as string);
                    coalition.DefaultLocale = value as string ?? "en";
                    break;
                case "visibility" when value is Visibility visibility:
                    coalition.Visibility = visibility;
                    break;
                case "visibility":
                    checks.Fail(field, $"'{field}' cannot be null.");
                    break;
            }
        }
        if ((input.ContainsKey("foundedOn") || input.ContainsKey("dissolvedOn")) && coalition.DissolvedOn < coalition.FoundedOn)
            checks.Fail("dissolvedOn", "'dissolvedOn' must not be before 'foundedOn'.");
    }

    public static Dictionary<string, object?> Snapshot(Coalition c) => new()
    {
        ["slug"] = c.Slug, ["name"] = c.Name, ["acronym"] = c.Acronym, ["purpose"] = c.Purpose,
        ["foundedOn"] = c.FoundedOn?.ToString("O", CultureInfo.InvariantCulture), ["dissolvedOn"] = c.DissolvedOn?.ToString("O", CultureInfo.InvariantCulture),
        ["defaultLocale"] = c.DefaultLocale, ["visibility"] = c.Visibility.ToString(), ["status"] = c.Status.ToString(),
        ["themes"] = c.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, (field, text) => field switch
        {
            "foundedOn" or "dissolvedOn" => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture),
            "visibility" => Enum.Parse<Visibility>(text),
            _ => text,
        });
}
