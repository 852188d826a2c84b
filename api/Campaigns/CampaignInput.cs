namespace NetworkGraph.Api.Campaigns;

/// <summary>The fields curators set on a campaign, checked and applied in one place for create and update.</summary>
public sealed record CampaignInput : CuratedInput, ICuratedInput<Campaign, CampaignInput>
{
    private const int TitleLength = 300;
    private const int SummaryLength = 2000;
    private const int BodyLength = 100_000;

    public Optional<string?> Title { get; init; }
    public Optional<string?> Summary { get; init; }
    public Optional<string?> Body { get; init; }
    public Optional<List<string>?> Goals { get; init; }
    public Optional<List<string>?> Coalitions { get; init; }
    public Optional<List<string>?> Defenders { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } =
        [new(nameof(Title), TitleLength), new(nameof(Summary), SummaryLength), new(nameof(Body), BodyLength)];

    public static IQueryable<Campaign> WithLists(IQueryable<Campaign> records) =>
        records.Include(c => c.Themes).Include(c => c.Goals).Include(c => c.Coalitions).Include(c => c.Defenders);

    public async Task ApplyAsync(Campaign campaign, GivenInput given)
    {
        given.Text(Title, TitleLength, required: true, title => campaign.Title = title ?? "");
        given.Text(Summary, SummaryLength, required: false, summary => campaign.Summary = summary ?? "");
        given.Text(Body, BodyLength, required: false, body => campaign.Body = body ?? "");
        await given.RecordsAsync<AdvocacyGoal>(Goals, goals => campaign.Goals = goals);
        await given.RecordsAsync<Coalition>(Coalitions, coalitions => campaign.Coalitions = coalitions);
        await given.RecordsAsync<Defender>(Defenders, defenders => campaign.Defenders = defenders);
        await given.ThemesAsync(Themes, themes => campaign.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(Campaign c) => Snapshots.Of(
        (nameof(Slug), c.Slug), (nameof(Title), c.Title), (nameof(Summary), c.Summary), (nameof(Body), c.Body),
        (nameof(DefaultLocale), c.DefaultLocale), (nameof(Visibility), c.Visibility), (nameof(c.Status), c.Status),
        (nameof(Goals), GivenInput.GlobalIds(c.Goals)), (nameof(Coalitions), GivenInput.GlobalIds(c.Coalitions)),
        (nameof(Defenders), GivenInput.GlobalIds(c.Defenders)), (nameof(Themes), c.Themes.Select(t => t.Code).Order().ToList()));
}
