using System.Text.Json;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// Translations of a published record wait in its draft, as its other fields do: the draft revision's snapshot holds
/// them under <see cref="Field"/>, keyed "field@locale", with null for a translation to remove. Publishing writes them.
/// </summary>
public static class PendingTranslations
{
    public const string Field = "translations";

    public static Dictionary<string, string?> Of(string snapshot)
    {
        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.TryGetProperty(Field, out var pending) && pending.ValueKind == JsonValueKind.Object
            ? pending.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.ValueKind == JsonValueKind.Null ? null : t.Value.GetString())
            : [];
    }

    /// <summary>The snapshot with the pending translations, when there are any.</summary>
    public static Dictionary<string, object?> With(Dictionary<string, object?> snapshot, IReadOnlyDictionary<string, string?> pending)
    {
        if (pending.Count > 0) snapshot[Field] = new SortedDictionary<string, string?>(pending.ToDictionary(), StringComparer.Ordinal);
        return snapshot;
    }

    public static string Key(string field, string locale) => $"{field}@{locale}";

    /// <summary>Sets, replaces or (for null or empty text) removes one translation of the record.</summary>
    public static async Task WriteAsync(NetworkGraphDbContext db, Guid recordId, string field, string locale, string? text, CancellationToken cancellationToken)
    {
        var existing = await db.LocalizedTexts.AsTracking()
            .FirstOrDefaultAsync(t => t.OwnerId == recordId && t.Field == field && t.Locale == locale, cancellationToken);
        if (string.IsNullOrEmpty(text))
        {
            if (existing is not null) db.LocalizedTexts.Remove(existing);
        }
        else if (existing is null) db.LocalizedTexts.Add(new LocalizedText { OwnerId = recordId, Field = field, Locale = locale, Text = text });
        else existing.Text = text;
    }

    /// <summary>Writes the translations a draft holds, as it is published.</summary>
    public static async Task PublishAsync(NetworkGraphDbContext db, Guid recordId, string snapshot, CancellationToken cancellationToken)
    {
        foreach (var (key, text) in Of(snapshot))
        {
            var at = key.LastIndexOf('@');
            await WriteAsync(db, recordId, key[..at], key[(at + 1)..], text, cancellationToken);
        }
    }
}
