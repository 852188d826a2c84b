using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Edges;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Events;

public sealed class EventType : ObjectGraphType<Event>
{
    public EventType()
    {
        this.IsNode();
        Description = "A convening: a conference, training, exchange visit, joint session or webinar.";
        this.AddCuration("event");
        Field(e => e.Slug);
        this.LocalizedField("title", "The event's title.", e => e.Title);
        Field(e => e.Kind);
        Field(e => e.StartsOn);
        Field(e => e.EndsOn);
        Field(e => e.City, nullable: true);
        this.LocalizedField("description", "What the event is about.", e => e.Description);
        Field<CountryType>("country")
            .Reads(nameof(Event.CountryCode))
            .Resolve(context => context.Source.CountryCode is { } code ? context.Loaders().CountryByCode(code) : null);
        this.ReferenceListField<Event, ThemeType, Theme>("themes", nameof(Event.Themes), "What the event is about.");
        this.RelatedConnection<Event, OrganisationType, Organisation>("organisations", "Organisations that organised or took part.",
            (access, db) => access.Participations(db).Select(p => new EdgeEnds { From = p.EventId, To = p.OrganisationId }),
            (access, db) => access.Organisations(db));
        this.RelatedConnection<Event, DefenderType, Defender>("defenders", "Defenders who took part and whom the caller may see.",
            (access, db) => access.Participations(db).Select(p => new EdgeEnds { From = p.EventId, To = p.DefenderId }),
            (access, db) => access.Defenders(db));
        this.EdgeConnection<Event, ParticipationType, Participation>("participations", "Who takes part in the event, and in which role.",
            db => db.Participations.Select(p => new EdgeEnds { From = p.EventId, To = p.Id }), (access, db) => access.Participations(db));
    }
}
