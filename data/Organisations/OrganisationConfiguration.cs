using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Organisations;

public sealed class OrganisationConfiguration : CuratedConfiguration<Organisation>
{
    public override void Configure(EntityTypeBuilder<Organisation> builder)
    {
        base.Configure(builder);
        HasSlug(builder, o => o.Slug);
        builder.Property(o => o.Name).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Acronym).HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Description).HasMaxLength(8000);
        builder.Property(o => o.HeadquartersCountryCode).HasMaxLength(2);
        builder.HasOne(o => o.HeadquartersCountry).WithMany().HasForeignKey(o => o.HeadquartersCountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Kind);
        builder.HasIndex(o => o.FoundedYear);
        HasList(builder, o => o.OperatingCountries, "OrganisationCountries");
        HasList(builder, o => o.Themes, "OrganisationThemes");
    }
}
