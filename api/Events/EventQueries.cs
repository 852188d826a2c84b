using NetworkGraph.Data.Events;

namespace NetworkGraph.Api.Events;

public sealed class EventQueries() : CuratedQueries<EventType, Event, EventFilter>("Convenings", (access, db) => access.Events(db));
