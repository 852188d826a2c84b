namespace NetworkGraph.Api.Campaigns;

public sealed class CampaignFilter : FilterDeclaration<Campaign, FilterScope>
{
    public CampaignFilter()
    {
        Id(c => c.Id);
        Text(c => c.Title, "The campaign's title (in its default locale).");
        Text(c => c.Slug, "The campaign's slug.");
        Field(new MissingTranslationFilterField());
        List<ThemeFilter, Theme>(c => c.Themes, "What the campaign is about.");
        List<AdvocacyGoalFilter, AdvocacyGoal>("goals", scope =>
        {
            var goals = scope.Access.Records<AdvocacyGoal>(scope.Db);
            return c => c.Goals.Where(g => goals.Any(visible => visible.Id == g.Id));
        }, "The visible advocacy goals the campaign serves.");
        List<CoalitionFilter, Coalition>("coalitions", scope =>
        {
            var coalitions = scope.Access.Records<Coalition>(scope.Db);
            return c => c.Coalitions.Where(k => coalitions.Any(visible => visible.Id == k.Id));
        }, "The visible coalitions behind the campaign.");
    }
}
