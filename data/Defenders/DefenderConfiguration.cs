using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Defenders;

public sealed class DefenderConfiguration : CuratedConfiguration<Defender>
{
    public override void Configure(EntityTypeBuilder<Defender> builder)
    {
        base.Configure(builder);
        HasSlug(builder, d => d.Slug);
        builder.Property(d => d.Alias).HasMaxLength(120).IsRequired();
        builder.Property(d => d.LegalName).HasMaxLength(300);
        builder.Property(d => d.Contact).HasMaxLength(500);
        builder.Property(d => d.ConsentRecordedBy).HasMaxLength(200);
        builder.Property(d => d.Bio).HasMaxLength(8000);
        builder.HasIndex(d => d.Alias);
        builder.HasIndex(d => new { d.RiskLevel, d.PublicationConsent });
        HasList(builder, d => d.Countries, "DefenderCountries");
        HasList(builder, d => d.Themes, "DefenderThemes");
    }
}
