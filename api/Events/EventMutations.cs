namespace NetworkGraph.Api.Events;

/// <summary>createEvent, updateEvent, publishEvent and the other curation mutations of events.</summary>
public sealed class EventMutations : CuratedMutations<EventType, Event, EventInput>
{
    /// <summary>On create the slug, title, kind and dates are required.</summary>
    protected override void AddFields(RecordInputGraphType<EventInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens: \"tbilisi-litigation-school-2025\".", required: create);
        input.Field(i => i.Title, "The event's title in its default locale.", required: create);
        input.Field(i => i.Kind, required: create);
        input.Field(i => i.StartsOn, "The first day.", required: create);
        input.Field(i => i.EndsOn, "The last day: not before startsOn.", required: create);
        input.Field(i => i.Country, "ISO 3166-1 alpha-2 code of the country it takes place in; none for an online event.");
        input.Field(i => i.City);
        input.Field(i => i.Description, "What the event is about, in its default locale.");
    }
}
