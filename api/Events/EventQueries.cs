using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Data.Events;

namespace NetworkGraph.Api.Events;

public sealed class EventQueries() : CuratedQueries<EventType, Event, EventFilter>(
    "Event", "events", "event", "Convenings", (access, db) => access.Events(db));
