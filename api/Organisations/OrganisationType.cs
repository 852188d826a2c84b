namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        this.IsNode();
        Description = "A human-rights organisation: an NGO, network, grassroots group, legal-aid or media organisation, union, funder, academic body or NHRI.";
        this.AddCuration("organisation");
        Field(o => o.Slug);
        Field(o => o.Name);
        Field(o => o.Acronym, nullable: true);
        Field(o => o.Kind);
        Field(o => o.Website, nullable: true);
        Field(o => o.FoundedYear, nullable: true);
        this.LocalizedField("description", "What the organisation does.", o => o.Description);
        Field<NonNullGraphType<CountryType>>("headquartersCountry")
            .Reads(nameof(Organisation.HeadquartersCountryCode))
            .Resolve(context => context.Loaders().CountryByCode(context.Source.HeadquartersCountryCode));
        this.ReferenceListField<Organisation, CountryType, Country>("operatingCountries", nameof(Organisation.OperatingCountries), "Countries the organisation works in.");
        this.ReferenceListField<Organisation, ThemeType, Theme>("themes", nameof(Organisation.Themes), "What the organisation works on.");
        this.Related(Ties.Membership.Organisation, Ties.Membership.Coalition, "coalitions", "Coalitions the organisation is a member of.");
        this.RelatedEitherWay(Ties.Partnership.Organisation, Ties.Partnership.Partner, "partners",
            "Organisations with a partnership, funding, joint-campaign or referral tie to this one, in either direction.");
        this.Related(Ties.GoalSupport.Organisation, Ties.GoalSupport.Goal, "goals", "Advocacy goals the organisation leads or supports.");
        this.Related(Ties.Affiliation.Organisation, Ties.Affiliation.Defender, "defenders", "Defenders affiliated with the organisation whom the caller may see.");
        this.Edges(Ties.Membership.Organisation, "memberships", "The organisation's coalition memberships, with their roles and dates.");
        this.Edges(Ties.Affiliation.Organisation, "affiliations", "The defenders' affiliations with the organisation.");
        this.Edges(Ties.Partnership.Organisation, "partnerships", "The organisation's ties to other organisations, in either direction.", orAt: Ties.Partnership.Partner);
        this.Edges(Ties.GoalSupport.Organisation, "goalSupports", "The organisation's support of advocacy goals, with roles and dates.");
        this.Edges(Ties.Participation.Organisation, "participations", "The organisation's part in events.");
    }
}
