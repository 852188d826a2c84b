using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Events;

/// <summary>createEvent, updateEvent, publishEvent and the other curation mutations of events.</summary>
public sealed class EventMutations : CuratedMutations<EventType, Event, EventInput>;
