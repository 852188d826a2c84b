using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Proposals;

public sealed class AllianceProposalConfiguration : EntityConfiguration<AllianceProposal>
{
    public override void Configure(EntityTypeBuilder<AllianceProposal> builder)
    {
        base.Configure(builder);
        builder.Property(p => p.Rationale).HasMaxLength(8000);
        builder.Property(p => p.DecisionNote).HasMaxLength(8000);
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.CoalitionName).HasMaxLength(300);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.DeclinedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Created).WithOne().HasForeignKey(c => c.ProposalId);
        builder.HasOne(p => p.ProposerOrganisation).WithMany().HasForeignKey(p => p.ProposerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Coalition).WithMany().HasForeignKey(p => p.CoalitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.SharedGoals).WithMany().UsingEntity("AllianceProposalGoals");
        builder.HasIndex(p => p.Status);
    }
}

public sealed class ProposalPartyConfiguration : IEntityTypeConfiguration<ProposalParty>
{
    public void Configure(EntityTypeBuilder<ProposalParty> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne(p => p.Proposal).WithMany(p => p.Parties).HasForeignKey(p => p.ProposalId);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Defender).WithMany().HasForeignKey(p => p.DefenderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ResponseNote).HasMaxLength(2000);
        builder.Property(p => p.RespondedBy).HasMaxLength(200);
        builder.HasIndex(p => p.OrganisationId);
    }
}

public sealed class ProposalCreatedRecordConfiguration : IEntityTypeConfiguration<ProposalCreatedRecord>
{
    public void Configure(EntityTypeBuilder<ProposalCreatedRecord> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RecordType).HasMaxLength(40);
    }
}
