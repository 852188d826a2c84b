using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Campaigns;

public sealed class CampaignConfiguration : CuratedConfiguration<Campaign>
{
    public override void Configure(EntityTypeBuilder<Campaign> builder)
    {
        base.Configure(builder);
        HasSlug(builder, c => c.Slug);
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.Body).HasMaxLength(100_000);
        builder.HasIndex(c => c.Title);
        HasList(builder, c => c.Themes, "CampaignThemes");
        HasList(builder, c => c.Goals, "CampaignGoals");
        HasList(builder, c => c.Coalitions, "CampaignCoalitions");
        HasList(builder, c => c.Defenders, "CampaignDefenders");
    }
}
