using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Edges;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

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
        this.RelatedConnection<Organisation, CoalitionType, Coalition>("coalitions", "Coalitions the organisation is a member of.",
            (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.OrganisationId, To = m.CoalitionId }),
            (access, db) => access.Coalitions(db));
        this.RelatedConnection<Organisation, OrganisationType, Organisation>("partners",
            "Organisations with a partnership, funding, joint-campaign or referral tie to this one, in either direction.",
            (access, db) => access.Partnerships(db).Select(p => new EdgeEnds { From = p.OrganisationId, To = p.PartnerId })
                .Concat(access.Partnerships(db).Select(p => new EdgeEnds { From = p.PartnerId, To = p.OrganisationId })),
            (access, db) => access.Organisations(db));
        this.RelatedConnection<Organisation, AdvocacyGoalType, AdvocacyGoal>("goals", "Advocacy goals the organisation leads or supports.",
            (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.OrganisationId, To = s.GoalId }),
            (access, db) => access.AdvocacyGoals(db));
        this.RelatedConnection<Organisation, DefenderType, Defender>("defenders", "Defenders affiliated with the organisation whom the caller may see.",
            (access, db) => access.Affiliations(db).Select(a => new EdgeEnds { From = a.OrganisationId, To = a.DefenderId }),
            (access, db) => access.Defenders(db));
        this.EdgeConnection<Organisation, MembershipType, Membership>("memberships", "The organisation's coalition memberships, with their roles and dates.",
            db => db.Memberships.Select(m => new EdgeEnds { From = m.OrganisationId, To = m.Id }), (access, db) => access.Memberships(db));
        this.EdgeConnection<Organisation, AffiliationType, Affiliation>("affiliations", "The defenders' affiliations with the organisation.",
            db => db.Affiliations.Select(a => new EdgeEnds { From = a.OrganisationId, To = a.Id }), (access, db) => access.Affiliations(db));
        this.EdgeConnection<Organisation, PartnershipType, Partnership>("partnerships", "The organisation's ties to other organisations, in either direction.",
            db => db.Partnerships.Select(p => new EdgeEnds { From = p.OrganisationId, To = p.Id })
                .Concat(db.Partnerships.Select(p => new EdgeEnds { From = p.PartnerId, To = p.Id })),
            (access, db) => access.Partnerships(db));
        this.EdgeConnection<Organisation, GoalSupportType, GoalSupport>("goalSupports", "The organisation's support of advocacy goals, with roles and dates.",
            db => db.GoalSupports.Select(s => new EdgeEnds { From = s.OrganisationId, To = s.Id }), (access, db) => access.GoalSupports(db));
        this.EdgeConnection<Organisation, ParticipationType, Participation>("participations", "The organisation's part in events.",
            db => db.Participations.Select(p => new EdgeEnds { From = p.OrganisationId, To = p.Id }), (access, db) => access.Participations(db));
    }
}
