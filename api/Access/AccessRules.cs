using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Access;

/// <summary>
/// The one place that says which rows a caller may see. Every read — root lists, lookups by id or slug,
/// relations, counts — starts from these queries, so a hidden record is indistinguishable from a missing one.
/// The public view: published records with Public visibility; defenders only with publication consent and
/// a risk level of at most Elevated; edges only when Public and when both of their ends are visible (checked here, not left to callers).
/// </summary>
public sealed class AccessRules
{
    private static readonly RiskLevel[] PublicRiskLevels = [RiskLevel.Low, RiskLevel.Elevated];

    public IQueryable<Organisation> Organisations(NetworkGraphDbContext db) => Curated(db.Organisations);

    public IQueryable<Coalition> Coalitions(NetworkGraphDbContext db) => Curated(db.Coalitions);

    public IQueryable<AdvocacyGoal> AdvocacyGoals(NetworkGraphDbContext db) => Curated(db.AdvocacyGoals);

    public IQueryable<Event> Events(NetworkGraphDbContext db) => Curated(db.Events);

    public IQueryable<Campaign> Campaigns(NetworkGraphDbContext db) => Curated(db.Campaigns);

    public IQueryable<Defender> Defenders(NetworkGraphDbContext db) =>
        Curated(db.Defenders).Where(d => d.PublicationConsent && PublicRiskLevels.Contains(d.RiskLevel));

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

    private static IQueryable<T> Curated<T>(DbSet<T> set) where T : CuratedEntity =>
        set.AsNoTracking().Where(PublishedAndPublic<T>());

    private static IQueryable<T> VisibleEdges<T>(DbSet<T> set) where T : EdgeEntity =>
        set.AsNoTracking().Where(e => e.Visibility == Visibility.Public);

    private static Expression<Func<T, bool>> PublishedAndPublic<T>() where T : CuratedEntity =>
        e => e.Status == ContentStatus.Published && e.Visibility == Visibility.Public;
}
