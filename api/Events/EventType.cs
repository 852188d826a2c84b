using GraphQL.Types;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Events;

public sealed class EventType : ObjectGraphType<Event>
{
    public EventType()
    {
        this.IsNode("Event");
        Description = "A convening: a conference, training, exchange visit, joint session or webinar.";
        Field(e => e.Slug);
        this.LocalizedField("title", "The event's title.", e => e.Title);
        Field(e => e.Kind);
        Field(e => e.StartsOn);
        Field(e => e.EndsOn);
        Field(e => e.City, nullable: true);
        this.LocalizedField("description", "What the event is about.", e => e.Description);
        Field<CountryType>("country")
            .Resolve(context => context.Source.CountryCode is { } code ? context.Loaders().CountryByCode(code) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<Event, Theme>(context.Source, nameof(Event.Themes)));
        this.Connection<Event, OrganisationType, Organisation>("organisations")
            .Description("Organisations that organised or took part.")
            .Resolve(context => context.PageOf(context.Loaders().Related("organisations-of-event", context.Source.Id,
                (access, db) => access.Participations(db).Select(p => new EdgeEnds { From = p.EventId, To = p.OrganisationId }),
                (access, db) => access.Organisations(db))));
        this.Connection<Event, DefenderType, Defender>("defenders")
            .Description("Defenders who took part and whom the caller may see.")
            .Resolve(context => context.PageOf(context.Loaders().Related("defenders-of-event", context.Source.Id,
                (access, db) => access.Participations(db).Select(p => new EdgeEnds { From = p.EventId, To = p.DefenderId }),
                (access, db) => access.Defenders(db))));
    }
}
