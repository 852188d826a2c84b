namespace NetworkGraph.Api.Reference;

public sealed class CountryType : ObjectGraphType<Country>
{
    public CountryType()
    {
        this.IsNode(nameof(Country), c => c.Code);
        Description = "An ISO 3166-1 country with its UN M49 region.";
        Field(c => c.Code).Description("ISO 3166-1 alpha-2 code (Kosovo: XK).");
        Field(c => c.Iso3).Description("ISO 3166-1 alpha-3 code.");
        Field(c => c.Name);
        Field(c => c.Region).Description("UN M49 region.");
        Field(c => c.Subregion).Description("UN M49 sub-region.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivicSpaceIndexType>>>>("civicSpace")
            .Description("V-Dem civic-space indicators by year, oldest first.")
            .Resolve(context => context.Loaders().Many<string, CivicSpaceIndex>("civic-space-of-country", context.Source.Code,
                (db, _, keys) => db.CivicSpace.Where(c => keys.Contains(c.CountryCode)).OrderBy(c => c.Year)
                    .Select(c => new Keyed<string, CivicSpaceIndex>(c.CountryCode, c))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionMemberType>>>>("institutions")
            .Description("The institutions and groupings the country belongs to, with its status in each.")
            .Resolve(context => context.Loaders().Many<string, InstitutionMembership>("institutions-of-country", context.Source.Code,
                (db, _, keys) => db.InstitutionMemberships.Include(m => m.Institution).Include(m => m.Country)
                    .Where(m => keys.Contains(m.CountryCode))
                    .Select(m => new Keyed<string, InstitutionMembership>(m.CountryCode, m))));
        this.Connection<Country, OrganisationType, Organisation>("organisations")
            .Description("Visible organisations headquartered in the country.")
            .Resolve(context => context.PageOf(context.Loaders().Many<string, Organisation>("organisations-of-country", context.Source.Code,
                (db, access, keys) => access.Records<Organisation>(db).Where(o => keys.Contains(o.HeadquartersCountryCode)).OrderBy(o => o.Name)
                    .Select(o => new Keyed<string, Organisation>(o.HeadquartersCountryCode, o)))));
    }
}

public sealed class CivicSpaceIndexType : ObjectGraphType<CivicSpaceIndex>
{
    public CivicSpaceIndexType()
    {
        Name = "CivicSpaceIndex";
        Description = "V-Dem indicators of a country in a year (V-Dem dataset v16, CC BY-SA 4.0); indices run from 0 to 1.";
        Field(c => c.Year);
        Field(c => c.Regime).Description("Regimes of the World classification.");
        Field(c => c.ElectoralDemocracy, nullable: true).Description("Electoral democracy index (v2x_polyarchy).");
        Field(c => c.CivilSociety, nullable: true).Description("Core civil society index (v2xcs_ccsi).");
        Field(c => c.FreedomOfAssociation, nullable: true).Description("Freedom of association index (v2x_frassoc_thick).");
    }
}

public sealed class InstitutionType : ObjectGraphType<Institution>
{
    public InstitutionType()
    {
        this.IsNode(nameof(Institution), i => i.Code);
        Description = "An intergovernmental institution (OSCE, Council of Europe, EU, UN) or a policy grouping of countries.";
        Field(i => i.Code);
        Field(i => i.Name);
        Field(i => i.Kind).Description("\"intergovernmental\" or \"policy-grouping\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionMemberType>>>>("memberStates")
            .Description("The member states (and observers, partners, candidates) with their status.")
            .Resolve(context => context.Loaders().Many<string, InstitutionMembership>("members-of-institution", context.Source.Code,
                (db, _, keys) => db.InstitutionMemberships.Include(m => m.Country).Include(m => m.Institution)
                    .Where(m => keys.Contains(m.InstitutionCode)).OrderBy(m => m.CountryCode)
                    .Select(m => new Keyed<string, InstitutionMembership>(m.InstitutionCode, m))));
    }
}

public sealed class InstitutionMemberType : ObjectGraphType<InstitutionMembership>
{
    public InstitutionMemberType()
    {
        Name = "InstitutionMember";
        Description = "A country's status in an institution or grouping.";
        Field(m => m.Status);
        Field<NonNullGraphType<CountryType>>("country").Resolve(context => context.Source.Country);
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(context => context.Source.Institution);
    }
}

public sealed class ThemeType : ObjectGraphType<Theme>
{
    public ThemeType()
    {
        this.IsNode(nameof(Theme), t => t.Code);
        Description = "A subject of human-rights work in NetworkGraph's two-level taxonomy.";
        Field(t => t.Code);
        Field(t => t.Name);
        Field(t => t.Description);
        Field<ThemeType>("parent")
            .Description("The broader theme, if any.")
            .Resolve(context => context.Source.ParentCode is { } parent ? context.Loaders().ThemeByCode(parent) : null);
    }
}
