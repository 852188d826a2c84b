using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Webhooks;

public sealed class WebhookConfiguration : EntityConfiguration<Webhook>
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 500;

    public override void Configure(EntityTypeBuilder<Webhook> builder)
    {
        base.Configure(builder);
        builder.Property(w => w.Url).HasMaxLength(MaxUrlLength);
        builder.Property(w => w.Description).HasMaxLength(MaxDescriptionLength);
        builder.Property(w => w.Secret).HasMaxLength(100);
        builder.Property(w => w.PreviousSecret).HasMaxLength(100);
        builder.HasOne(w => w.Organisation).WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LeaseHolder).IsConcurrencyToken();
        builder.HasOne(d => d.Webhook).WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        // An erasure deletes the log's entries about the person, and with them the deliveries that named them.
        builder.HasOne<LoggedChange>().WithMany().HasForeignKey(d => d.EventSequence).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<WebhookDeliveryAttempt>().WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        // An event is queued once per webhook, also when two instances dispatch it.
        builder.HasIndex(d => new { d.WebhookId, d.EventSequence }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.EventSequence);
    }
}

public sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Error).HasMaxLength(WebhookDeliveryAttempt.MaxErrorLength);
        builder.HasIndex(a => new { a.DeliveryId, a.AttemptedAt });
    }
}

public sealed class WebhookDispatchCursorConfiguration : IEntityTypeConfiguration<WebhookDispatchCursor>
{
    public void Configure(EntityTypeBuilder<WebhookDispatchCursor> builder)
    {
        builder.ToTable("WebhookDispatchCursor");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
