using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Goals;

/// <summary>The fields curators set on an advocacy goal, checked and applied in one place for create and update.</summary>
public sealed class AdvocacyGoalInput : ICuratedInput<AdvocacyGoal>
{
    public static string RecordType => "AdvocacyGoal";
    public static string Noun => "advocacy goal";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } = new Dictionary<string, int> { ["title"] = 300, ["summary"] = 8000 };

    public static IQueryable<AdvocacyGoal> WithLists(IQueryable<AdvocacyGoal> records) =>
        records.Include(g => g.TargetInstitutions).Include(g => g.Themes).Include(g => g.Countries);

    /// <summary>On create the slug and the title are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create)).Description("Unique, lower-case, with hyphens: \"end-foreign-agent-laws\".");
        type.Field("title", SharedInput.Required<StringGraphType>(create)).Description("The goal in a few words, in its default locale.");
        type.Field<StringGraphType>("summary").Description("The goal explained, in its default locale.");
        type.Field<EnumerationGraphType<GoalStatus>>("goalStatus").Description("Whether the goal is pursued, achieved or dropped; Active unless given.");
        type.Field<IntGraphType>("horizonYear").Description("The year by which the goal should be reached.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetInstitutions").Description("Codes of the institutions it addresses, e.g. \"COE\".");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countries").Description("ISO codes of the countries it concerns.");
    }

    public static async Task ApplyAsync(GivenInput given, AdvocacyGoal goal)
    {
        given.Text("title", LocalizedFields["title"], required: true, title => goal.Title = title ?? "");
        given.Text("summary", LocalizedFields["summary"], required: false, summary => goal.Summary = summary ?? "");
        given.NotNull<GoalStatus>("goalStatus", status => goal.GoalStatus = status);
        given.Year("horizonYear", 1950, given.Context.Now.Year + 50, year => goal.HorizonYear = year);
        await given.ListAsync("targetInstitutions", SharedInput.InstitutionsAsync, institutions => goal.TargetInstitutions = institutions);
        await given.ListAsync("countries", SharedInput.CountriesAsync, countries => goal.Countries = countries);
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => goal.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(AdvocacyGoal g) => new()
    {
        ["slug"] = g.Slug, ["title"] = g.Title, ["summary"] = g.Summary, ["goalStatus"] = g.GoalStatus.ToString(), ["horizonYear"] = g.HorizonYear,
        ["defaultLocale"] = g.DefaultLocale, ["visibility"] = g.Visibility.ToString(), ["status"] = g.Status.ToString(),
        ["targetInstitutions"] = g.TargetInstitutions.Select(i => i.Code).Order().ToList(),
        ["countries"] = g.Countries.Select(c => c.Code).Order().ToList(),
        ["themes"] = g.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, ("goalStatus", SnapshotInput.Enum<GoalStatus>));
}
