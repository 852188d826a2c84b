using GraphQL.Types;
using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Defenders;

/// <summary>A defender as the public may see one: by alias only. Legal name and contact are not part of this view.</summary>
public sealed class DefenderType : ObjectGraphType<Defender>
{
    public DefenderType()
    {
        this.IsNode("Defender");
        Description = "A human-rights defender, known publicly by an alias, shown only with the person's consent.";
        Field(d => d.Slug);
        Field(d => d.Alias).Description("The name the defender chose to be known by publicly.");
        this.LocalizedField("bio", "The defender's work, as the defender agreed to have it published.", d => d.Bio);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Resolve(context => context.Loaders().ReferenceList<Defender, Country>(context.Source, nameof(Defender.Countries)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<Defender, Theme>(context.Source, nameof(Defender.Themes)));
        this.Connection<Defender, OrganisationType, Organisation>("organisations")
            .Description("Organisations the defender is affiliated with.")
            .Resolve(context => context.PageOf(context.Loaders().Related("organisations-of-defender", context.Source.Id,
                (access, db) => access.Affiliations(db).Select(a => new EdgeEnds { From = a.DefenderId, To = a.OrganisationId }),
                (access, db) => access.Organisations(db))));
        this.Connection<Defender, CoalitionType, Coalition>("coalitions")
            .Description("Coalitions the defender belongs to as an individual.")
            .Resolve(context => context.PageOf(context.Loaders().Related("coalitions-of-defender", context.Source.Id,
                (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.DefenderId, To = m.CoalitionId }),
                (access, db) => access.Coalitions(db))));
    }
}
