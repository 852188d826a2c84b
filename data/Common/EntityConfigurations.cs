using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetworkGraph.Data.Common;

/// <summary>What every record shares: key, audit columns, optimistic concurrency on <see cref="Entity.Version"/>.</summary>
public abstract class EntityConfiguration<T> : IEntityTypeConfiguration<T> where T : Entity
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        builder.Property(e => e.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(e => e.UpdatedAt);
    }
}

/// <summary>Curated content: published/visible filtering is on every public read, so it is indexed.</summary>
public abstract class CuratedConfiguration<T> : EntityConfiguration<T> where T : CuratedEntity
{
    public override void Configure(EntityTypeBuilder<T> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.DefaultLocale).HasMaxLength(35);
        builder.HasIndex(e => new { e.Status, e.Visibility });
        builder.HasIndex(e => e.PublishAt);
        builder.HasIndex(e => e.UnpublishAt);
    }

    /// <summary>A unique, indexed slug column.</summary>
    protected static void HasSlug(EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, object?>> slug)
    {
        builder.Property(slug).HasMaxLength(120).IsRequired();
        builder.HasIndex(slug).IsUnique();
    }

    /// <summary>A many-to-many list stored in a join table with a readable name.</summary>
    protected static void HasList<TOther>(EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, IEnumerable<TOther>?>> list, string table)
        where TOther : class =>
        builder.HasMany(list).WithMany().UsingEntity(table);
}

public abstract class EdgeConfiguration<T> : EntityConfiguration<T> where T : EdgeEntity
{
    public override void Configure(EntityTypeBuilder<T> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.SourceNote).HasMaxLength(2000);
        builder.HasIndex(e => e.Visibility);
        builder.ToTable(table => table.HasCheckConstraint($"CK_{typeof(T).Name}_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\""));
    }

    /// <summary>An edge whose one end is either of two kinds of record: exactly one of the two columns is set.</summary>
    protected static void HasExactlyOneOf(EntityTypeBuilder<T> builder, string first, string second) =>
        builder.ToTable(table => table.HasCheckConstraint($"CK_{typeof(T).Name}_{first}_{second}",
            $"(\"{first}\" IS NULL AND \"{second}\" IS NOT NULL) OR (\"{first}\" IS NOT NULL AND \"{second}\" IS NULL)"));
}

public sealed class LocalizedTextConfiguration : IEntityTypeConfiguration<LocalizedText>
{
    public void Configure(EntityTypeBuilder<LocalizedText> builder)
    {
        builder.HasKey(t => new { t.OwnerId, t.Field, t.Locale });
        builder.Property(t => t.Field).HasMaxLength(40);
        builder.Property(t => t.Locale).HasMaxLength(35);
        builder.HasIndex(t => t.Locale);
    }
}
