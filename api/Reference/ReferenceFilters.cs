namespace NetworkGraph.Api.Reference;

public sealed class CountryFilter : FilterDeclaration<Country, FilterScope>
{
    public CountryFilter()
    {
        Text(c => c.Code, "ISO 3166-1 alpha-2 code.");
        Text(c => c.Name, "English short name.");
        Text(c => c.Region, "UN M49 region.");
        Text(c => c.Subregion, "UN M49 sub-region.");
        List<InstitutionMembershipFilter, InstitutionMembership>("institutions", _ => c => c.Memberships,
            "The institutions and groupings the country belongs to.");
    }
}

public sealed class InstitutionMembershipFilter : FilterDeclaration<InstitutionMembership, FilterScope>
{
    /// <summary>A country's membership of an institution, named in the schema for what the country is: a member.</summary>
    public override string TypeName => "InstitutionMember";

    public InstitutionMembershipFilter()
    {
        Text("institution", m => m.InstitutionCode, "The institution's code: OSCE, COE, EU, UN, EAP, WB, CA.");
        Choice(m => m.Status, "The country's status in the institution.");
    }
}

public sealed class ThemeFilter : FilterDeclaration<Theme, FilterScope>
{
    public ThemeFilter()
    {
        Text(t => t.Code, "The theme's code, e.g. \"lgbtqi-rights\".");
        Text(t => t.Name, "The theme's name.");
        Text("parent", t => t.ParentCode, "The code of the broader theme.");
    }
}

public sealed class InstitutionFilter : FilterDeclaration<Institution, FilterScope>
{
    public InstitutionFilter()
    {
        Text(i => i.Code, "OSCE, COE, EU, UN, EAP, WB or CA.");
        Text(i => i.Name, "The institution's name.");
    }
}
