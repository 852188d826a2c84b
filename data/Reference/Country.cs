namespace NetworkGraph.Data.Reference;

/// <summary>An ISO 3166-1 country, keyed by its alpha-2 code.</summary>
public sealed class Country : ICoded
{
    public string Code { get; set; } = "";
    public string Iso3 { get; set; } = "";
    public string NumericCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public string Subregion { get; set; } = "";
    public List<InstitutionMembership> Memberships { get; set; } = [];
    public List<CivicSpaceIndex> CivicSpace { get; set; } = [];
}

/// <summary>An intergovernmental institution or a policy grouping of countries.</summary>
public sealed class Institution : ICoded
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<InstitutionMembership> Members { get; set; } = [];
}

public sealed class InstitutionMembership
{
    public string InstitutionCode { get; set; } = "";
    public string CountryCode { get; set; } = "";
    public MemberStatus Status { get; set; }
    public Institution? Institution { get; set; }
    public Country? Country { get; set; }
}

public enum MemberStatus { Member, Observer, Partner, Candidate, PotentialCandidate }

/// <summary>V-Dem civic-space indicators of one country in one year (all indices 0–1).</summary>
public sealed class CivicSpaceIndex
{
    public string CountryCode { get; set; } = "";
    public int Year { get; set; }
    public RegimeType Regime { get; set; }
    public double? ElectoralDemocracy { get; set; }
    public double? CivilSociety { get; set; }
    public double? FreedomOfAssociation { get; set; }
}

public enum RegimeType { ClosedAutocracy, ElectoralAutocracy, ElectoralDemocracy, LiberalDemocracy }

/// <summary>A subject of human-rights work, in a two-level taxonomy.</summary>
public sealed class Theme : ICoded
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? ParentCode { get; set; }
    public Theme? Parent { get; set; }
}

/// <summary>Reference data keyed by a short code, by which input names it: a country, an institution, a theme.</summary>
public interface ICoded
{
    string Code { get; }
}
