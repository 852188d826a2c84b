namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalFilter : FilterDeclaration<AdvocacyGoal, FilterScope>
{
    public AdvocacyGoalFilter()
    {
        Id(g => g.Id);
        Text(g => g.Title, "The goal's title (in its default locale).");
        Text(g => g.Slug, "The goal's slug.");
        Choice(g => g.GoalStatus, "Whether the goal is pursued, achieved or dropped.");
        Field(new MissingTranslationFilterField());
        Comparable<int?, IntGraphType>(g => g.HorizonYear, "The year by which the goal should be reached.");
        List<ThemeFilter, Theme>(g => g.Themes, "What the goal is about.");
        List<CountryFilter, Country>(g => g.Countries, "The countries the goal concerns.");
        List<InstitutionFilter, Institution>(g => g.TargetInstitutions, "The institutions the goal addresses.");
        List<OrganisationFilter, Organisation>("supporters", scope => scope.Reached(Ties.GoalSupport.Goal, Ties.GoalSupport.Organisation), "The organisations that lead or support the goal.");
        List<CoalitionFilter, Coalition>("coalitions", scope => scope.Reached(Ties.GoalSupport.Goal, Ties.GoalSupport.Coalition), "The coalitions that lead or support the goal.");
    }
}
