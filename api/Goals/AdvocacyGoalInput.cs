namespace NetworkGraph.Api.Goals;

/// <summary>The fields curators set on an advocacy goal, checked and applied in one place for create and update.</summary>
public sealed record AdvocacyGoalInput : CuratedInput, ICuratedInput<AdvocacyGoal, AdvocacyGoalInput>
{
    private const int TitleLength = 300;
    private const int SummaryLength = 8000;

    public Optional<string?> Title { get; init; }
    public Optional<string?> Summary { get; init; }
    public Optional<GoalStatus?> GoalStatus { get; init; }
    public Optional<int?> HorizonYear { get; init; }
    public Optional<List<string>?> TargetInstitutions { get; init; }
    public Optional<List<string>?> Countries { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } = [new(nameof(Title), TitleLength), new(nameof(Summary), SummaryLength)];

    public static IQueryable<AdvocacyGoal> WithLists(IQueryable<AdvocacyGoal> records) =>
        records.Include(g => g.TargetInstitutions).Include(g => g.Themes).Include(g => g.Countries);

    public async Task ApplyAsync(AdvocacyGoal goal, GivenInput given)
    {
        given.Text(Title, TitleLength, required: true, title => goal.Title = title ?? "");
        given.Text(Summary, SummaryLength, required: false, summary => goal.Summary = summary ?? "");
        given.NotNull(GoalStatus, status => goal.GoalStatus = status);
        given.Year(HorizonYear, 1950, given.Context.Now.Year + 50, year => goal.HorizonYear = year);
        await given.InstitutionsAsync(TargetInstitutions, institutions => goal.TargetInstitutions = institutions);
        await given.CountriesAsync(Countries, countries => goal.Countries = countries);
        await given.ThemesAsync(Themes, themes => goal.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(AdvocacyGoal g) => Snapshots.Of(
        (nameof(Slug), g.Slug), (nameof(Title), g.Title), (nameof(Summary), g.Summary), (nameof(GoalStatus), g.GoalStatus),
        (nameof(HorizonYear), g.HorizonYear), (nameof(DefaultLocale), g.DefaultLocale), (nameof(Visibility), g.Visibility), (nameof(g.Status), g.Status),
        (nameof(TargetInstitutions), g.TargetInstitutions.Select(i => i.Code).Order().ToList()),
        (nameof(Countries), g.Countries.Select(c => c.Code).Order().ToList()),
        (nameof(Themes), g.Themes.Select(t => t.Code).Order().ToList()));
}
