using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Organisations;

public sealed class Organisation : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public OrganisationKind Kind { get; set; }
    public string HeadquartersCountryCode { get; set; } = "";
    public Country? HeadquartersCountry { get; set; }
    public string? Website { get; set; }
    public int? FoundedYear { get; set; }
    public string Description { get; set; } = "";
    public List<Country> OperatingCountries { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<Partnership> Partnerships { get; set; } = [];
    public List<GoalSupport> GoalSupports { get; set; } = [];
    public List<Participation> Participations { get; set; } = [];
}

public enum OrganisationKind
{
    Ngo,
    Network,
    Grassroots,
    LegalAid,
    Media,
    TradeUnion,
    Funder,
    Academic,
    NationalHumanRightsInstitution,
    ThinkTank,
}
