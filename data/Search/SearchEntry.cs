using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetworkGraph.Data.Search;

/// <summary>
/// One searchable text of one record in one locale: all its texts (name, acronym, description, alias, bio,
/// title …) together in its default locale, or one translated field.
/// Restricted fields such as a defender's legal name are never indexed. Each provider searches this table
/// with its own full-text means (see <see cref="SearchIndex"/>).
/// </summary>
public sealed class SearchEntry
{
    public Guid RecordId { get; set; }
    public string Field { get; set; } = "";
    public string Locale { get; set; } = "";
    public string RecordType { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>A record that matched a search, with its relevance (higher is better).</summary>
public sealed class SearchHit
{
    public string RecordType { get; set; } = "";
    public Guid RecordId { get; set; }
    public double Score { get; set; }
}

public sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.HasKey(e => new { e.RecordId, e.Field, e.Locale });
        builder.Property(e => e.Field).HasMaxLength(40);
        builder.Property(e => e.Locale).HasMaxLength(35);
        builder.Property(e => e.RecordType).HasMaxLength(40);
        builder.Property(e => e.Text).HasMaxLength(100_000);
        builder.HasIndex(e => e.RecordType);
    }
}

public sealed class SearchHitConfiguration : IEntityTypeConfiguration<SearchHit>
{
    public void Configure(EntityTypeBuilder<SearchHit> builder) => builder.HasNoKey().ToView(null);
}
