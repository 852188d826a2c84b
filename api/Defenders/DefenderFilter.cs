namespace NetworkGraph.Api.Defenders;

/// <summary>Only what the public view of a defender shows can be filtered on: nothing reveals a hidden field.</summary>
public sealed class DefenderFilter : FilterDeclaration<Defender, FilterScope>
{
    public DefenderFilter()
    {
        Id(d => d.Id);
        Text(d => d.Alias, "The defender's public alias.");
        Text(d => d.Slug, "The defender's slug.");
        Field(new MissingTranslationFilterField());
        List<CountryFilter, Country>(d => d.Countries, "The countries the defender works in.");
        List<ThemeFilter, Theme>(d => d.Themes, "What the defender works on.");
        List<OrganisationFilter, Organisation>("organisations", scope => scope.Reached(Ties.Affiliation.Defender, Ties.Affiliation.Organisation), "The organisations the defender is affiliated with.");
    }
}
