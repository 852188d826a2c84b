using System.Text.Json;

namespace NetworkGraph.Api.Publishing;

public static class SnapshotInput
{
    /// <summary>
    /// A revision snapshot as mutation input: numbers, lists of codes and nulls as they are; every other text
    /// through <paramref name="text"/>, which turns a field's text into its input value (an enum, a date).
    /// </summary>
    public static Dictionary<string, object?> From(string snapshot, Func<string, string, object?> text)
    {
        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.EnumerateObject()
            .Where(field => field.Name != "status")
            .ToDictionary(field => field.Name, field => field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => field.Value.GetInt32(),
                JsonValueKind.Array => field.Value.EnumerateArray().Select(item => (object?)item.GetString()).ToList(),
                _ => text(field.Name, field.Value.GetString()!),
            });
    }
}
