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
        this.Related(Ties.Participation.Event, Ties.Participation.Organisation, "organisations", "Organisations that organised or took part.");
        this.Related(Ties.Participation.Event, Ties.Participation.Defender, "defenders", "Defenders who took part and whom the caller may see.");
        this.Edges(Ties.Participation.Event, "participations", "Who takes part in the event, and in which role.");
    }
}
