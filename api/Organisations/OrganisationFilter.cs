namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationFilter : FilterDeclaration<Organisation, FilterScope>
{
    public OrganisationFilter()
    {
        Id(o => o.Id);
        Text(o => o.Name, "The organisation's name.");
        Text(o => o.Slug, "The organisation's slug.");
        Text(o => o.Acronym, "The organisation's acronym.");
        Choice(o => o.Kind, "The kind of organisation.");
        Field(new MissingTranslationFilterField());
        Comparable<int?, IntGraphType>(o => o.FoundedYear, "The year the organisation was founded.");
        Related<CountryFilter, Country>(o => o.HeadquartersCountry, "The country of the headquarters.");
        List<CountryFilter, Country>(o => o.OperatingCountries, "The countries the organisation works in.");
        List<ThemeFilter, Theme>(o => o.Themes, "What the organisation works on.");
        List<CoalitionFilter, Coalition>("coalitions", scope => scope.Reached(Ties.Membership.Organisation, Ties.Membership.Coalition), "The coalitions the organisation is a visible member of.");
        List<AdvocacyGoalFilter, AdvocacyGoal>("goals", scope => scope.Reached(Ties.GoalSupport.Organisation, Ties.GoalSupport.Goal), "The advocacy goals the organisation leads or supports.");
        List<DefenderFilter, Defender>("defenders", scope => scope.Reached(Ties.Affiliation.Organisation, Ties.Affiliation.Defender), "The defenders affiliated with the organisation whom the caller may see.");
    }
}
