using NetworkGraph.Data.Access;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Access;

/// <summary>
/// The one place that says which rows a caller may see. Every read — root lists, lookups by id or slug,
/// relations, counts, filters, search — starts from these queries, so a hidden record is indistinguishable
/// from a missing one. Anonymous callers see published records with Public visibility, defenders only with
/// publication consent and a risk level of at most Elevated; partners also see Partners-visible records and
/// defenders at most Elevated without a public consent; staff see everything, drafts included. An edge is
/// visible when its own visibility allows and both of its ends are visible (checked here, not left to callers).
/// </summary>
public sealed class AccessRules(CurrentViewer current)
{
    private static readonly RiskLevel[] ShareableRiskLevels = [RiskLevel.Low, RiskLevel.Elevated];
    private static readonly Visibility[] PartnerVisibilities = [Visibility.Public, Visibility.Partners];

    private Role Role => current.Viewer.Role;

    /// <summary>Whether the caller may read the audit log: administrators only.</summary>
    public bool MayReadAuditLog => Role == Role.Admin;

    /// <summary>Whether the caller may make, list, rotate and revoke API keys: administrators only.</summary>
    public bool MayManageKeys => Role == Role.Admin;

    public IQueryable<Organisation> Organisations(NetworkGraphDbContext db) => Curated(db.Organisations);

    public IQueryable<Coalition> Coalitions(NetworkGraphDbContext db) => Curated(db.Coalitions);

    public IQueryable<AdvocacyGoal> AdvocacyGoals(NetworkGraphDbContext db) => Curated(db.AdvocacyGoals);

    public IQueryable<Event> Events(NetworkGraphDbContext db) => Curated(db.Events);

    public IQueryable<Campaign> Campaigns(NetworkGraphDbContext db) => Curated(db.Campaigns);

    public IQueryable<Defender> Defenders(NetworkGraphDbContext db) => Role switch
    {
        Role.Curator or Role.Admin => Curated(db.Defenders),
        Role.Partner => Curated(db.Defenders).Where(d => ShareableRiskLevels.Contains(d.RiskLevel)),
        _ => Curated(db.Defenders).Where(d => d.PublicationConsent && ShareableRiskLevels.Contains(d.RiskLevel)),
    };

    public IQueryable<Membership> Memberships(NetworkGraphDbContext db)
    {
        IQueryable<Coalition> coalitions = Coalitions(db);
        IQueryable<Organisation> organisations = Organisations(db);
        IQueryable<Defender> defenders = Defenders(db);
        return VisibleEdges(db.Memberships).Where(m =>
            coalitions.Any(c => c.Id == m.CoalitionId)
            && (organisations.Any(o => o.Id == m.OrganisationId) || defenders.Any(d => d.Id == m.DefenderId)));
    }

    public IQueryable<Affiliation> Affiliations(NetworkGraphDbContext db)
    {
        IQueryable<Organisation> organisations = Organisations(db);
        IQueryable<Defender> defenders = Defenders(db);
        return VisibleEdges(db.Affiliations).Where(a =>
            organisations.Any(o => o.Id == a.OrganisationId) && defenders.Any(d => d.Id == a.DefenderId));
    }

    public IQueryable<Partnership> Partnerships(NetworkGraphDbContext db)
    {
        IQueryable<Organisation> organisations = Organisations(db);
        return VisibleEdges(db.Partnerships).Where(p =>
            organisations.Any(o => o.Id == p.OrganisationId) && organisations.Any(o => o.Id == p.PartnerId));
    }

    public IQueryable<GoalSupport> GoalSupports(NetworkGraphDbContext db)
    {
        IQueryable<AdvocacyGoal> goals = AdvocacyGoals(db);
        IQueryable<Organisation> organisations = Organisations(db);
        IQueryable<Coalition> coalitions = Coalitions(db);
        return VisibleEdges(db.GoalSupports).Where(s =>
            goals.Any(g => g.Id == s.GoalId)
            && (organisations.Any(o => o.Id == s.OrganisationId) || coalitions.Any(c => c.Id == s.CoalitionId)));
    }

    public IQueryable<Participation> Participations(NetworkGraphDbContext db)
    {
        IQueryable<Event> events = Events(db);
        IQueryable<Organisation> organisations = Organisations(db);
        IQueryable<Defender> defenders = Defenders(db);
        return VisibleEdges(db.Participations).Where(p =>
            events.Any(e => e.Id == p.EventId)
            && (organisations.Any(o => o.Id == p.OrganisationId) || defenders.Any(d => d.Id == p.DefenderId)));
    }

    /// <summary>Alliance proposals: staff see all, a partner those of its own organisation, anyone else none.</summary>
    public IQueryable<AllianceProposal> AllianceProposals(NetworkGraphDbContext db) => Role switch
    {
        Role.Curator or Role.Admin => db.AllianceProposals.AsNoTracking(),
        Role.Partner => db.AllianceProposals.AsNoTracking().Where(p => p.ProposerOrganisationId == current.Viewer.OrganisationId),
        _ => db.AllianceProposals.AsNoTracking().Where(p => false),
    };

    /// <summary>Whether the caller may make a proposal on behalf of the organisation: staff for any, a partner for its own.</summary>
    public bool MayActFor(Guid organisationId) =>
        current.Viewer.IsStaff || (Role == Role.Partner && current.Viewer.OrganisationId == organisationId);

    private IQueryable<T> Curated<T>(DbSet<T> set) where T : CuratedEntity =>
        current.Viewer.IsStaff ? set.AsNoTracking() : ForAudience(set.AsNoTracking().Where(e => e.Status == ContentStatus.Published));

    private IQueryable<T> VisibleEdges<T>(DbSet<T> set) where T : EdgeEntity => ForAudience(set.AsNoTracking());

    /// <summary>The rows whose own visibility admits the caller: staff see every audience, partners two, everyone else the public.</summary>
    private IQueryable<T> ForAudience<T>(IQueryable<T> rows) where T : IHasAudience => Role switch
    {
        Role.Curator or Role.Admin => rows,
        Role.Partner => rows.Where(e => PartnerVisibilities.Contains(e.Visibility)),
        _ => rows.Where(e => e.Visibility == Visibility.Public),
    };
}
