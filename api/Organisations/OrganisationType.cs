using GraphQL.Types;
using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        this.IsNode("Organisation");
        Description = "A human-rights organisation: an NGO, network, grassroots group, legal-aid or media organisation, union, funder, academic body or NHRI.";
        Field(o => o.Slug);
        Field(o => o.Name);
        Field(o => o.Acronym, nullable: true);
        Field(o => o.Kind);
        Field(o => o.Website, nullable: true);
        Field(o => o.FoundedYear, nullable: true);
        this.LocalizedField("description", "What the organisation does.", o => o.Description);
        Field<NonNullGraphType<CountryType>>("headquartersCountry")
            .Resolve(context => context.Loaders().CountryByCode(context.Source.HeadquartersCountryCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("operatingCountries")
            .Resolve(context => context.Loaders().ReferenceList<Organisation, Country>(context.Source, nameof(Organisation.OperatingCountries)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<Organisation, Theme>(context.Source, nameof(Organisation.Themes)));
        this.Connection<Organisation, CoalitionType, Coalition>("coalitions")
            .Description("Coalitions the organisation is a member of.")
            .Resolve(context => context.PageOf(context.Loaders().Related("coalitions-of-organisation", context.Source.Id,
                (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.OrganisationId, To = m.CoalitionId }),
                (access, db) => access.Coalitions(db))));
        this.Connection<Organisation, OrganisationType, Organisation>("partners")
            .Description("Organisations with a partnership, funding, joint-campaign or referral tie to this one, in either direction.")
            .Resolve(context => context.PageOf(context.Loaders().Related("partners-of-organisation", context.Source.Id,
                (access, db) => access.Partnerships(db).Select(p => new EdgeEnds { From = p.OrganisationId, To = p.PartnerId })
                    .Concat(access.Partnerships(db).Select(p => new EdgeEnds { From = p.PartnerId, To = p.OrganisationId })),
                (access, db) => access.Organisations(db))));
        this.Connection<Organisation, AdvocacyGoalType, AdvocacyGoal>("goals")
            .Description("Advocacy goals the organisation leads or supports.")
            .Resolve(context => context.PageOf(context.Loaders().Related("goals-of-organisation", context.Source.Id,
                (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.OrganisationId, To = s.GoalId }),
                (access, db) => access.AdvocacyGoals(db))));
        this.Connection<Organisation, DefenderType, Defender>("defenders")
            .Description("Defenders affiliated with the organisation whom the caller may see.")
            .Resolve(context => context.PageOf(context.Loaders().Related("defenders-of-organisation", context.Source.Id,
                (access, db) => access.Affiliations(db).Select(a => new EdgeEnds { From = a.OrganisationId, To = a.DefenderId }),
                (access, db) => access.Defenders(db))));
    }
}
