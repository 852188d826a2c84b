namespace NetworkGraph.Api.Defenders;

/// <summary>A defender as the caller may see one: by alias; legal name, contact and risk level for staff only.</summary>
public sealed class DefenderType : ObjectGraphType<Defender>
{
    public DefenderType()
    {
        this.IsNode();
        Description = "A human-rights defender, known publicly by an alias, shown only with the person's consent.";
        this.AddCuration("defender");
        Field(d => d.Slug);
        Field(d => d.Alias).Description("The name the defender chose to be known by publicly.");
        this.RestrictedField<Defender, StringGraphType>("legalName", "The defender's legal name; null unless the caller is staff. Every read is audited.",
            nameof(Defender.LegalName), d => d.LegalName, audited: true);
        this.RestrictedField<Defender, StringGraphType>("contact", "How to reach the defender; null unless the caller is staff. Every read is audited.",
            nameof(Defender.Contact), d => d.Contact, audited: true);
        this.RestrictedField<Defender, EnumerationGraphType<RiskLevel>>("riskLevel", "How much danger the defender is in; null unless the caller is staff.",
            nameof(Defender.RiskLevel), d => d.RiskLevel, audited: false);
        this.RestrictedField<Defender, BooleanGraphType>("publicationConsent", "Whether the defender agreed to be shown publicly; null unless the caller is staff.",
            nameof(Defender.PublicationConsent), d => d.PublicationConsent, audited: false);
        this.LocalizedField("bio", "The defender's work, as the defender agreed to have it published.", d => d.Bio);
        this.ReferenceListField<Defender, CountryType, Country>("countries", nameof(Defender.Countries), "The countries the defender works in.");
        this.ReferenceListField<Defender, ThemeType, Theme>("themes", nameof(Defender.Themes), "What the defender works on.");
        this.Related(Ties.Affiliation.Defender, Ties.Affiliation.Organisation, "organisations", "Organisations the defender is affiliated with.");
        this.Related(Ties.Membership.Defender, Ties.Membership.Coalition, "coalitions", "Coalitions the defender belongs to as an individual.");
        this.Edges(Ties.Membership.Defender, "memberships", "The defender's coalition memberships the caller may see.");
        this.Edges(Ties.Affiliation.Defender, "affiliations", "The defender's affiliations the caller may see.");
        this.Edges(Ties.Participation.Defender, "participations", "The defender's part in events the caller may see.");
    }
}
