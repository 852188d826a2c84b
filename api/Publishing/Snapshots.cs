using System.Text.Json;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// A record as revisions and the audit log record it: each field under its input name, in the order given, with enums
/// as their names. A revision's snapshot turned back into input is the same record type a caller sends.
/// </summary>
public static class Snapshots
{
    private static readonly string StatusField = Naming.LowerCamel(nameof(CuratedEntity.Status));

    /// <summary>The fields by the names of the input properties (or, for a record's status, its own property).</summary>
    public static Dictionary<string, object?> Of(params (string Property, object? Value)[] fields) =>
        fields.ToDictionary(field => Naming.LowerCamel(field.Property), field => field.Value is Enum value ? value.ToString() : field.Value);

    /// <summary>A saved snapshot as the input that sets its fields; the workflow status and the pending translations are not input.</summary>
    public static TInput InputFrom<TInput>(string snapshot) where TInput : CuratedInput, new()
    {
        using var json = JsonDocument.Parse(snapshot);
        return InputRecord.From<TInput>(json.RootElement.EnumerateObject()
            .Where(field => field.Name != StatusField && field.Name != PendingTranslations.Field)
            .ToDictionary(field => field.Name, field => ValueOf(field.Value)));
    }

    private static object? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetInt32(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        JsonValueKind.Array => value.EnumerateArray().Select(item => (object?)item.GetString()).ToList(),
        _ => value.GetString(),
    };
}
