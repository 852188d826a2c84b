using System.Globalization;
using System.Text.Json;

namespace NetworkGraph.Api.Publishing;

public static class SnapshotInput
{
    /// <summary>
    /// A revision snapshot as mutation input: numbers, booleans, lists of codes and nulls as they are; the visibility
    /// and the fields named in <paramref name="parsers"/> from their text (an enum, a date); every other text as it is.
    /// </summary>
    public static Dictionary<string, object?> From(string snapshot, params (string Field, Func<string, object> Parse)[] parsers)
    {
        var parse = parsers.ToDictionary(p => p.Field, p => p.Parse);
        parse["visibility"] = Enum<Visibility>;
        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.EnumerateObject()
            .Where(field => field.Name is not ("status" or PendingTranslations.Field))
            .ToDictionary(field => field.Name, field => field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => field.Value.GetInt32(),
                JsonValueKind.True or JsonValueKind.False => field.Value.GetBoolean(),
                JsonValueKind.Array => field.Value.EnumerateArray().Select(item => (object?)item.GetString()).ToList(),
                _ => parse.TryGetValue(field.Name, out var parser) ? parser(field.Value.GetString()!) : field.Value.GetString(),
            });
    }

    public static object Enum<TEnum>(string text) where TEnum : struct, System.Enum => System.Enum.Parse<TEnum>(text);

    public static object Date(string text) => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture);

    public static object Time(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
