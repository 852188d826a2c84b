using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Edges;

public sealed class MembershipConfiguration : EdgeConfiguration<Membership>
{
    public override void Configure(EntityTypeBuilder<Membership> builder)
    {
        base.Configure(builder);
        builder.HasOne(m => m.Coalition).WithMany(c => c.Memberships).HasForeignKey(m => m.CoalitionId);
        builder.HasOne(m => m.Organisation).WithMany(o => o.Memberships).HasForeignKey(m => m.OrganisationId);
        builder.HasOne(m => m.Defender).WithMany(d => d.Memberships).HasForeignKey(m => m.DefenderId);
        HasExactlyOneOf(builder, nameof(Membership.OrganisationId), nameof(Membership.DefenderId));
    }
}

public sealed class AffiliationConfiguration : EdgeConfiguration<Affiliation>
{
    public override void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        base.Configure(builder);
        builder.Property(a => a.Role).HasMaxLength(120);
        builder.HasOne(a => a.Defender).WithMany(d => d.Affiliations).HasForeignKey(a => a.DefenderId);
        builder.HasOne(a => a.Organisation).WithMany(o => o.Affiliations).HasForeignKey(a => a.OrganisationId);
    }
}

public sealed class PartnershipConfiguration : EdgeConfiguration<Partnership>
{
    public override void Configure(EntityTypeBuilder<Partnership> builder)
    {
        base.Configure(builder);
        builder.HasOne(p => p.Organisation).WithMany(o => o.Partnerships).HasForeignKey(p => p.OrganisationId);
        // A second cascade path to the same table is refused by SQL Server; partner ends are removed in code.
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Kind);
        builder.ToTable(table => table.HasCheckConstraint("CK_Partnership_NotSelf", "\"OrganisationId\" <> \"PartnerId\""));
    }
}

public sealed class GoalSupportConfiguration : EdgeConfiguration<GoalSupport>
{
    public override void Configure(EntityTypeBuilder<GoalSupport> builder)
    {
        base.Configure(builder);
        builder.HasOne(s => s.Goal).WithMany(g => g.Supports).HasForeignKey(s => s.GoalId);
        builder.HasOne(s => s.Organisation).WithMany(o => o.GoalSupports).HasForeignKey(s => s.OrganisationId);
        builder.HasOne(s => s.Coalition).WithMany(c => c.GoalSupports).HasForeignKey(s => s.CoalitionId);
        HasExactlyOneOf(builder, nameof(GoalSupport.OrganisationId), nameof(GoalSupport.CoalitionId));
    }
}

public sealed class ParticipationConfiguration : EdgeConfiguration<Participation>
{
    public override void Configure(EntityTypeBuilder<Participation> builder)
    {
        base.Configure(builder);
        builder.HasOne(p => p.Event).WithMany(e => e.Participations).HasForeignKey(p => p.EventId);
        builder.HasOne(p => p.Organisation).WithMany(o => o.Participations).HasForeignKey(p => p.OrganisationId);
        builder.HasOne(p => p.Defender).WithMany(d => d.Participations).HasForeignKey(p => p.DefenderId);
        HasExactlyOneOf(builder, nameof(Participation.OrganisationId), nameof(Participation.DefenderId));
    }
}
