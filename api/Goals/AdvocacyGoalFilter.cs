using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Goals;

namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalFilter : FilterDeclaration<AdvocacyGoal, FilterScope>
{
    public override string TypeName => "AdvocacyGoal";

    public AdvocacyGoalFilter()
    {
        Id(g => g.Id);
        Text("title", g => g.Title, "The goal's title (in its default locale).");
        Text("slug", g => g.Slug, "The goal's slug.");
        Choice("goalStatus", g => g.GoalStatus, "Whether the goal is pursued, achieved or dropped.");
        Field(new MissingTranslationFilterField());
        Comparable<int?, IntGraphType>("horizonYear", g => g.HorizonYear, "The year by which the goal should be reached.");
        List<ThemeFilter, NetworkGraph.Data.Reference.Theme>("themes", _ => g => g.Themes, "What the goal is about.");
        List<CountryFilter, NetworkGraph.Data.Reference.Country>("countries", _ => g => g.Countries, "The countries the goal concerns.");
        List<InstitutionFilter, NetworkGraph.Data.Reference.Institution>("targetInstitutions", _ => g => g.TargetInstitutions, "The institutions the goal addresses.");
        List<OrganisationFilter, NetworkGraph.Data.Organisations.Organisation>("supporters", scope =>
        {
            var supports = scope.Access.GoalSupports(scope.Db);
            return g => supports.Where(s => s.GoalId == g.Id && s.OrganisationId != null).Select(s => s.Organisation!);
        }, "The organisations that lead or support the goal.");
        List<CoalitionFilter, NetworkGraph.Data.Coalitions.Coalition>("coalitions", scope =>
        {
            var supports = scope.Access.GoalSupports(scope.Db);
            return g => supports.Where(s => s.GoalId == g.Id && s.CoalitionId != null).Select(s => s.Coalition!);
        }, "The coalitions that lead or support the goal.");
    }
}
