using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Changes;

/// <summary>
/// One committed change that can alter the network: a record created, edited, published, unpublished, archived,
/// deleted or erased, or a tie added, updated, ended or removed. Written in the same transaction as the change, in the
/// order of commits (see <see cref="ChangeLog"/>), it is the feed the network engine follows.
/// </summary>
public sealed class LoggedChange
{
    /// <summary>Grows with every change, in the order changes commit; a rolled-back change may leave a gap.</summary>
    public long Sequence { get; set; }

    /// <summary>The record type that changed, by its entity's name: "Organisation", "Membership".</summary>
    public string RecordType { get; set; } = "";

    /// <summary>The record; null for an erasure, which names nobody, and for a load of many (a reader rebuilds what it holds instead).</summary>
    public Guid? RecordId { get; set; }

    public ChangeKind Kind { get; set; }

    /// <summary>A tie's two ends, in the order its declaration lists them; null for a record. A removed tie is known by them alone.</summary>
    public Guid? FromId { get; set; }

    public Guid? ToId { get; set; }

    /// <summary>
    /// For a change that takes its subject out of sight (an unpublish, a tie's removal): the narrowest audience that could
    /// see it just before, so that only those who saw it hear that it went. Null for every other change.
    /// </summary>
    public Visibility? SeenBefore { get; set; }

    public DateTime OccurredAt { get; set; }
}

public enum ChangeKind
{
    Created, Updated, Published, Unpublished, Archived, Deleted, Erased, Added, Ended, Removed,

    /// <summary>Many records were written at once (a seed, an import), under the record type "*": a reader reads everything again.</summary>
    Loaded,
}

public sealed class LoggedChangeConfiguration : IEntityTypeConfiguration<LoggedChange>
{
    public void Configure(EntityTypeBuilder<LoggedChange> builder)
    {
        builder.ToTable("ChangeLog");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.RecordType).HasMaxLength(40);
        builder.HasIndex(c => c.RecordId);
    }
}
