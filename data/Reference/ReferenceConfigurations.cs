using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetworkGraph.Data.Reference;

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.Property(c => c.Iso3).HasMaxLength(3);
        builder.Property(c => c.NumericCode).HasMaxLength(3);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Region).HasMaxLength(40);
        builder.Property(c => c.Subregion).HasMaxLength(60);
        builder.HasIndex(c => c.Iso3).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.Region);
    }
}

public sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(10);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Kind).HasMaxLength(40);
    }
}

public sealed class InstitutionMembershipConfiguration : IEntityTypeConfiguration<InstitutionMembership>
{
    public void Configure(EntityTypeBuilder<InstitutionMembership> builder)
    {
        builder.HasKey(m => new { m.InstitutionCode, m.CountryCode });
        builder.HasOne(m => m.Institution).WithMany(i => i.Members).HasForeignKey(m => m.InstitutionCode);
        builder.HasOne(m => m.Country).WithMany(c => c.Memberships).HasForeignKey(m => m.CountryCode);
        builder.HasIndex(m => m.CountryCode);
    }
}

public sealed class CivicSpaceIndexConfiguration : IEntityTypeConfiguration<CivicSpaceIndex>
{
    public void Configure(EntityTypeBuilder<CivicSpaceIndex> builder)
    {
        builder.ToTable("CivicSpace");
        builder.HasKey(c => new { c.CountryCode, c.Year });
        builder.HasOne<Country>().WithMany(c => c.CivicSpace).HasForeignKey(c => c.CountryCode);
    }
}

public sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.ParentCode).HasMaxLength(60);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}
