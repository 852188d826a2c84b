using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Webhooks;

public sealed class WebhookSubscriptionConfiguration : EntityConfiguration<WebhookSubscription>
{
    public override void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        base.Configure(builder);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(200);
        builder.Property(s => s.Topics).HasMaxLength(1000);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Topic).HasMaxLength(80);
        builder.HasIndex(m => m.ProcessedAt);
    }
}

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Error).HasMaxLength(2000);
        builder.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId);
        builder.HasOne(d => d.OutboxMessage).WithMany().HasForeignKey(d => d.OutboxMessageId);
        builder.HasIndex(d => d.AttemptedAt);
    }
}
