namespace NetworkGraph.Api.Publishing;

/// <summary>
/// The input of creating or updating a curated record: the fields every curated type has (each type's record adds its
/// own), and on update which record and the version the change is based on. A field left out keeps its value.
/// </summary>
public abstract record CuratedInput : RecordVersion
{
    public Optional<string?> Slug { get; init; }
    public Optional<List<string>?> Themes { get; init; }
    public Optional<string?> DefaultLocale { get; init; }
    public Optional<Visibility?> Visibility { get; init; }
}

/// <summary>When the scheduler publishes and unpublishes a record; a missing or null time clears it.</summary>
public sealed record ScheduleInput : RecordVersion
{
    public DateTime? PublishAt { get; init; }
    public DateTime? UnpublishAt { get; init; }
}

/// <summary>Sets, or with a null or empty text removes, one localized field of a record in one locale.</summary>
public sealed record TranslationInput : RecordVersion
{
    public string Field { get; init; } = "";
    public string Locale { get; init; } = "";
    public string? Text { get; init; }
}
