using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Audit;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Proposals;
using NetworkGraph.Data.Publishing;
using NetworkGraph.Data.Reference;
using NetworkGraph.Data.Search;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Data;

public sealed class NetworkGraphDbContext(DbContextOptions<NetworkGraphDbContext> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<InstitutionMembership> InstitutionMemberships => Set<InstitutionMembership>();
    public DbSet<CivicSpaceIndex> CivicSpace => Set<CivicSpaceIndex>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<LocalizedText> LocalizedTexts => Set<LocalizedText>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Defender> Defenders => Set<Defender>();
    public DbSet<Coalition> Coalitions => Set<Coalition>();
    public DbSet<AdvocacyGoal> AdvocacyGoals => Set<AdvocacyGoal>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<GoalSupport> GoalSupports => Set<GoalSupport>();
    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<AllianceProposal> AllianceProposals => Set<AllianceProposal>();
    public DbSet<ProposalParty> ProposalParties => Set<ProposalParty>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<LoggedChange> ChangeLog => Set<LoggedChange>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();
    public DbSet<WebhookDispatchCursor> WebhookDispatchCursor => Set<WebhookDispatchCursor>();

    private TimeProvider? clock;

    /// <summary>
    /// The clock of timestamps: the application's <see cref="TimeProvider"/> when it registers one (tests drive time with
    /// it), the system clock otherwise.
    /// </summary>
    public TimeProvider Clock => clock ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;

    /// <summary>Who is told when this context commits changes to the log; nobody unless the application registers a listener.</summary>
    public IChangeLogListener? ChangeLogListener =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<IChangeLogListener>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkGraphDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampChanges()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity.CreatedAt == default) entry.Entity.CreatedAt = now;
                    if (entry.Entity.UpdatedAt == default) entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = Math.Max(entry.Entity.Version, 1);
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version++;
                    break;
            }
        }
    }
}
