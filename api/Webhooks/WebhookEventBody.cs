using System.Text.Json;
using NetworkGraph.Api.Changes;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// The JSON body of a delivery, in the Standard Webhooks payload shape: the event's type, when it happened, and in
/// <c>data</c> only what identifies it — the global ID of the record or tie, its type and the change log's sequence
/// number. Whatever else a receiver wants it reads over GraphQL, through its own access rules.
/// </summary>
public static class WebhookEventBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Of(ChangeEvent change) => JsonSerializer.Serialize(
        new Body(change.Type, DateTime.SpecifyKind(change.OccurredAt, DateTimeKind.Utc),
            new Data(GlobalId.Encode(change.RecordType, change.RecordId.ToString("N")), change.RecordType, change.Sequence)),
        Json);

    private sealed record Body(string Type, DateTime Timestamp, Data Data);

    private sealed record Data(string Id, string RecordType, long Sequence);
}
