using System.Globalization;
using NetworkGraph.Api.Publishing;

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
    }

    public static async Task ApplyAsync(GivenInput given, Coalition coalition)
    {
        given.Text("name", 300, required: true, name => coalition.Name = name ?? "");
        given.Text("acronym", 40, required: false, acronym => coalition.Acronym = acronym);
        given.Text("purpose", LocalizedFields["purpose"], required: false, purpose => coalition.Purpose = purpose ?? "");
        given.Value("foundedOn", day => coalition.FoundedOn = day as DateOnly?);
        given.Value("dissolvedOn", day => coalition.DissolvedOn = day as DateOnly?);
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => coalition.Themes = themes);
        given.InOrder(("foundedOn", coalition.FoundedOn), ("dissolvedOn", coalition.DissolvedOn));
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
