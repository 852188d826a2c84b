using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetworkGraph.Data.Audit;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.RecordType).HasMaxLength(40);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => a.RecordId);
        builder.HasIndex(a => a.Actor);
        builder.HasIndex(a => a.Action);
    }
}
