using System.Text.Json;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>A message of the graphql-transport-ws protocol that a client may send, checked against the protocol.</summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    private static readonly string[] ServerTypes = ["connection_ack", "next", "error"];

    /// <summary>
    /// The message in the UTF-8 text, or a <see cref="ProtocolViolation"/> (4400) that says why the text is not a
    /// message a client may send: not a JSON object, no type, an unknown type, or a type without its id or payload.
    /// </summary>
    public static ClientMessage Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            throw Invalid("the message is not valid JSON.");
        }
        using (json)
            return Read(json.RootElement);
    }

    private static ClientMessage Read(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object) throw Invalid("the message is not a JSON object.");
        var type = message.TryGetProperty("type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String
            ? typeValue.GetString()!
            : throw Invalid("the message has no 'type' string.");
        return type switch
        {
            ConnectionInit or Ping or Pong => new ClientMessage(type, null, OptionalObject(message, type)),
            Subscribe => new ClientMessage(type, IdOf(message, type), RequiredObject(message, type)),
            Complete => new ClientMessage(type, IdOf(message, type), null),
            _ when ServerTypes.Contains(type) => throw Invalid($"'{type}' is sent by servers, not clients."),
            _ => throw Invalid($"the type '{type}' is not one of the protocol."),
        };
    }

    private static string IdOf(JsonElement message, string type) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw Invalid($"'{type}' needs an 'id' that is a non-empty string.");

    private static JsonElement? OptionalObject(JsonElement message, string type) =>
        !message.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null ? null
        : payload.ValueKind == JsonValueKind.Object ? payload.Clone()
        : throw Invalid($"the payload of '{type}' must be an object.");

    private static JsonElement RequiredObject(JsonElement message, string type) =>
        OptionalObject(message, type) ?? throw Invalid($"'{type}' needs a 'payload' object.");

    private static ProtocolViolation Invalid(string why) => new(CloseCodes.BadRequest, $"Invalid message: {why}");
}
