namespace NetworkGraph.Api.Events;

public sealed class EventQueries() : CuratedQueries<EventType, Event, EventFilter>("Convenings", (access, db) => access.Records<Event>(db));
