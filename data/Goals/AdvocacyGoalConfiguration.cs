using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Goals;

public sealed class AdvocacyGoalConfiguration : CuratedConfiguration<AdvocacyGoal>
{
    public override void Configure(EntityTypeBuilder<AdvocacyGoal> builder)
    {
        base.Configure(builder);
        HasSlug(builder, g => g.Slug);
        builder.Property(g => g.Title).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Summary).HasMaxLength(8000);
        builder.HasIndex(g => g.Title);
        builder.HasIndex(g => g.GoalStatus);
        builder.HasIndex(g => g.HorizonYear);
        HasList(builder, g => g.TargetInstitutions, "AdvocacyGoalInstitutions");
        HasList(builder, g => g.Themes, "AdvocacyGoalThemes");
        HasList(builder, g => g.Countries, "AdvocacyGoalCountries");
    }
}
