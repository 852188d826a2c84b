using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;

namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalFilter : FilterDeclaration<AdvocacyGoal, FilterScope>
{
    public AdvocacyGoalFilter()
    {
        Id(g => g.Id);
        Text("title", g => g.Title, "The goal's title (in its default locale).");
        Text("slug", g => g.Slug, "The goal's slug.");
        Choice("goalStatus", g => g.GoalStatus, "Whether the goal is pursued, achieved or dropped.");
        Field(new MissingTranslationFilterField());
        Comparable<int?, IntGraphType>("horizonYear", g => g.HorizonYear, "The year by which the goal should be reached.");
        List<ThemeFilter, Theme>("themes", _ => g => g.Themes, "What the goal is about.");
        List<CountryFilter, Country>("countries", _ => g => g.Countries, "The countries the goal concerns.");
        List<InstitutionFilter, Institution>("targetInstitutions", _ => g => g.TargetInstitutions, "The institutions the goal addresses.");
        List<OrganisationFilter, Organisation>("supporters", scope => scope.Reached(Ties.GoalSupport.Goal, Ties.GoalSupport.Organisation), "The organisations that lead or support the goal.");
        List<CoalitionFilter, Coalition>("coalitions", scope => scope.Reached(Ties.GoalSupport.Goal, Ties.GoalSupport.Coalition), "The coalitions that lead or support the goal.");
    }
}
