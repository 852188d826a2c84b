using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// An event that subscribers and webhooks hear of: one committed change of the log that others care about
/// (<see cref="ChangeEventTypes"/>). It exists exactly when its change committed, and carries only what the log holds;
/// whether a listener may hear of it is checked when it is sent (<see cref="Access.ChangeAudience"/>).
/// </summary>
public sealed record ChangeEvent(long Sequence, string Type, DateTime OccurredAt, string RecordType, Guid RecordId, Guid? FromId, Guid? ToId,
    Visibility? SeenBefore)
{
    /// <summary>The event a change makes, or null for a change nobody outside hears of (an edit of a draft, a load).</summary>
    public static ChangeEvent? From(LoggedChange change) =>
        ChangeEventTypes.Of(change) is { } type && change.RecordId is { } id
            ? new ChangeEvent(change.Sequence, type, change.OccurredAt, change.RecordType, id, change.FromId, change.ToId, change.SeenBefore)
            : null;

    /// <summary>Whether the event is about the record or about a tie of it.</summary>
    public bool Concerns(Guid recordId) => RecordId == recordId || FromId == recordId || ToId == recordId;
}
