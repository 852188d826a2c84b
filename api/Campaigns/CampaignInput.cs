using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Campaigns;

/// <summary>The fields curators set on a campaign, checked and applied in one place for create and update.</summary>
public sealed class CampaignInput : ICuratedInput<Campaign>
{
    public static string RecordType => "Campaign";
    public static string Noun => "campaign";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } =
        new Dictionary<string, int> { ["title"] = 300, ["summary"] = 2000, ["body"] = 100_000 };

    public static IQueryable<Campaign> WithLists(IQueryable<Campaign> records) =>
        records.Include(c => c.Themes).Include(c => c.Goals).Include(c => c.Coalitions).Include(c => c.Defenders);

    /// <summary>On create the slug and the title are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create)).Description("Unique, lower-case, with hyphens: \"free-the-minsk-lawyers\".");
        type.Field("title", SharedInput.Required<StringGraphType>(create)).Description("The campaign's title in its default locale.");
        type.Field<StringGraphType>("summary").Description("A short summary, in the default locale.");
        type.Field<StringGraphType>("body").Description("The full text in Markdown, in the default locale.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("goals").Description("IDs of the advocacy goals the campaign serves.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("coalitions").Description("IDs of the coalitions behind the campaign.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("defenders").Description("IDs of the defenders the campaign stands with.");
    }

    public static async Task ApplyAsync(GivenInput given, Campaign campaign)
    {
        given.Text("title", LocalizedFields["title"], required: true, title => campaign.Title = title ?? "");
        given.Text("summary", LocalizedFields["summary"], required: false, summary => campaign.Summary = summary ?? "");
        given.Text("body", LocalizedFields["body"], required: false, body => campaign.Body = body ?? "");
        await given.RecordsAsync<AdvocacyGoal>("goals", AdvocacyGoalInput.RecordType, goals => campaign.Goals = goals);
        await given.RecordsAsync<Coalition>("coalitions", CoalitionInput.RecordType, coalitions => campaign.Coalitions = coalitions);
        await given.RecordsAsync<Defender>("defenders", DefenderInput.RecordType, defenders => campaign.Defenders = defenders);
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => campaign.Themes = themes);
    }

    public static Dictionary<string, object?> Snapshot(Campaign c) => new()
    {
        ["slug"] = c.Slug, ["title"] = c.Title, ["summary"] = c.Summary, ["body"] = c.Body,
        ["defaultLocale"] = c.DefaultLocale, ["visibility"] = c.Visibility.ToString(), ["status"] = c.Status.ToString(),
        ["goals"] = SharedInput.GlobalIds(c.Goals, AdvocacyGoalInput.RecordType),
        ["coalitions"] = SharedInput.GlobalIds(c.Coalitions, CoalitionInput.RecordType),
        ["defenders"] = SharedInput.GlobalIds(c.Defenders, DefenderInput.RecordType),
        ["themes"] = c.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) => SnapshotInput.From(snapshot);
}
