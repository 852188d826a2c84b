using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetworkGraph.Data.Publishing;

public sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RecordType).HasMaxLength(40);
        builder.Property(r => r.Author).HasMaxLength(200);
        builder.HasIndex(r => new { r.RecordId, r.Number }).IsUnique();
    }
}
