using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Events;

public sealed class EventConfiguration : CuratedConfiguration<Event>
{
    public override void Configure(EntityTypeBuilder<Event> builder)
    {
        base.Configure(builder);
        HasSlug(builder, e => e.Slug);
        builder.Property(e => e.Title).HasMaxLength(300).IsRequired();
        builder.Property(e => e.City).HasMaxLength(120);
        builder.Property(e => e.Description).HasMaxLength(8000);
        builder.Property(e => e.CountryCode).HasMaxLength(2);
        builder.HasOne(e => e.Country).WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.Title);
        builder.HasIndex(e => e.StartsOn);
        builder.HasIndex(e => e.Kind);
        HasList(builder, e => e.Themes, "EventThemes");
    }
}
