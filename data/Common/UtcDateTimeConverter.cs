using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NetworkGraph.Data.Common;

/// <summary>All timestamps are UTC; SQLite stores them as text without a zone, so reads say so explicitly.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
