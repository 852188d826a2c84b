using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationFilter : FilterDeclaration<Organisation, FilterScope>
{
    public override string TypeName => "Organisation";

    public OrganisationFilter()
    {
        Id(o => o.Id);
        Text("name", o => o.Name, "The organisation's name.");
        Text("slug", o => o.Slug, "The organisation's slug.");
        Text("acronym", o => o.Acronym, "The organisation's acronym.");
        Choice("kind", o => o.Kind, "The kind of organisation.");
        Field(new MissingTranslationFilterField());
        Comparable<int?, IntGraphType>("foundedYear", o => o.FoundedYear, "The year the organisation was founded.");
        Related<CountryFilter, NetworkGraph.Data.Reference.Country>("headquartersCountry", o => o.HeadquartersCountry, "The country of the headquarters.");
        List<CountryFilter, NetworkGraph.Data.Reference.Country>("operatingCountries", _ => o => o.OperatingCountries, "The countries the organisation works in.");
        List<ThemeFilter, NetworkGraph.Data.Reference.Theme>("themes", _ => o => o.Themes, "What the organisation works on.");
        List<CoalitionFilter, NetworkGraph.Data.Coalitions.Coalition>("coalitions", scope =>
        {
            var memberships = scope.Access.Memberships(scope.Db);
            return o => memberships.Where(m => m.OrganisationId == o.Id).Select(m => m.Coalition!);
        }, "The coalitions the organisation is a visible member of.");
        List<AdvocacyGoalFilter, NetworkGraph.Data.Goals.AdvocacyGoal>("goals", scope =>
        {
            var supports = scope.Access.GoalSupports(scope.Db);
            return o => supports.Where(s => s.OrganisationId == o.Id).Select(s => s.Goal!);
        }, "The advocacy goals the organisation leads or supports.");
        List<DefenderFilter, NetworkGraph.Data.Defenders.Defender>("defenders", scope =>
        {
            var affiliations = scope.Access.Affiliations(scope.Db);
            return o => affiliations.Where(a => a.OrganisationId == o.Id).Select(a => a.Defender!);
        }, "The defenders affiliated with the organisation whom the caller may see.");
    }
}
