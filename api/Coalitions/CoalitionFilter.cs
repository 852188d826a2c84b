using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;

namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionFilter : FilterDeclaration<Coalition, FilterScope>
{
    public override string TypeName => "Coalition";

    public CoalitionFilter()
    {
        Id(c => c.Id);
        Text("name", c => c.Name, "The coalition's name.");
        Text("slug", c => c.Slug, "The coalition's slug.");
        Text("acronym", c => c.Acronym, "The coalition's acronym.");
        Field(new MissingTranslationFilterField());
        Comparable<DateOnly?, DateOnlyGraphType>("foundedOn", c => c.FoundedOn, "When the coalition was founded.");
        Comparable<DateOnly?, DateOnlyGraphType>("dissolvedOn", c => c.DissolvedOn, "When the coalition was dissolved.");
        List<ThemeFilter, NetworkGraph.Data.Reference.Theme>("themes", _ => c => c.Themes, "What the coalition works on.");
        List<OrganisationFilter, NetworkGraph.Data.Organisations.Organisation>("members", scope =>
        {
            var memberships = scope.Access.Memberships(scope.Db);
            return c => memberships.Where(m => m.CoalitionId == c.Id && m.OrganisationId != null).Select(m => m.Organisation!);
        }, "The visible member organisations.");
        List<AdvocacyGoalFilter, NetworkGraph.Data.Goals.AdvocacyGoal>("goals", scope =>
        {
            var supports = scope.Access.GoalSupports(scope.Db);
            return c => supports.Where(s => s.CoalitionId == c.Id).Select(s => s.Goal!);
        }, "The advocacy goals the coalition leads or supports.");
    }
}
