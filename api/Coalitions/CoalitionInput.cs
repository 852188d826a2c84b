using System.Globalization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Data.Coalitions;

namespace NetworkGraph.Api.Coalitions;

/// <summary>The fields curators set on a coalition, checked and applied in one place for create and update.</summary>
public sealed class CoalitionInput : ICuratedInput<Coalition>
{
    public static string RecordType => "Coalition";
    public static string Noun => "coalition";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } = new Dictionary<string, int> { ["purpose"] = 8000 };

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
        SharedInput.AddSharedFields(type, Noun);
    }

    public static async Task ApplyAsync(InputContext context, Coalition coalition, IDictionary<string, object?> input)
    {
        var checks = context.Checks;
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "name":
                    coalition.Name = checks.Text(field, value, 300, required: true) ?? "";
                    break;
                case "acronym":
                    coalition.Acronym = checks.Text(field, value, 40, required: false);
                    break;
                case "purpose":
                    coalition.Purpose = checks.Text(field, value, 8000, required: false) ?? "";
                    break;
                case "foundedOn":
                    coalition.FoundedOn = value as DateOnly?;
                    break;
                case "dissolvedOn":
                    coalition.DissolvedOn = value as DateOnly?;
                    break;
                case "themes":
                    coalition.Themes = await SharedInput.ThemesAsync(context, field, value);
                    break;
                default:
                    SharedInput.ApplyShared(context, coalition, field, value);
                    break;
            }
        }
        SharedInput.InOrder(context, input, ("foundedOn", coalition.FoundedOn), ("dissolvedOn", coalition.DissolvedOn));
    }

    public static Dictionary<string, object?> Snapshot(Coalition c) => new()
    {
        ["slug"] = c.Slug, ["name"] = c.Name, ["acronym"] = c.Acronym, ["purpose"] = c.Purpose,
        ["foundedOn"] = c.FoundedOn?.ToString("O", CultureInfo.InvariantCulture), ["dissolvedOn"] = c.DissolvedOn?.ToString("O", CultureInfo.InvariantCulture),
        ["defaultLocale"] = c.DefaultLocale, ["visibility"] = c.Visibility.ToString(), ["status"] = c.Status.ToString(),
        ["themes"] = c.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, ("foundedOn", SnapshotInput.Date), ("dissolvedOn", SnapshotInput.Date));
}
