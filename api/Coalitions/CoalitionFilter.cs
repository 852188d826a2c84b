namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionFilter : FilterDeclaration<Coalition, FilterScope>
{
    public CoalitionFilter()
    {
        Id(c => c.Id);
        Text(c => c.Name, "The coalition's name.");
        Text(c => c.Slug, "The coalition's slug.");
        Text(c => c.Acronym, "The coalition's acronym.");
        Field(new MissingTranslationFilterField());
        Comparable<DateOnly?, DateOnlyGraphType>(c => c.FoundedOn, "When the coalition was founded.");
        Comparable<DateOnly?, DateOnlyGraphType>(c => c.DissolvedOn, "When the coalition was dissolved.");
        List<ThemeFilter, Theme>(c => c.Themes, "What the coalition works on.");
        List<OrganisationFilter, Organisation>("members", scope => scope.Reached(Ties.Membership.Coalition, Ties.Membership.Organisation), "The visible member organisations.");
        List<AdvocacyGoalFilter, AdvocacyGoal>("goals", scope => scope.Reached(Ties.GoalSupport.Coalition, Ties.GoalSupport.Goal), "The advocacy goals the coalition leads or supports.");
    }
}
