using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Coalitions;

public sealed class CoalitionConfiguration : CuratedConfiguration<Coalition>
{
    public override void Configure(EntityTypeBuilder<Coalition> builder)
    {
        base.Configure(builder);
        HasSlug(builder, c => c.Slug);
        builder.Property(c => c.Name).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Acronym).HasMaxLength(40);
        builder.Property(c => c.Purpose).HasMaxLength(8000);
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.FoundedOn);
        HasList(builder, c => c.Themes, "CoalitionThemes");
    }
}
