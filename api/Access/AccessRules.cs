using NetworkGraph.Data.Access;
using NetworkGraph.Data.Proposals;
using NetworkGraph.Data.Webhooks;

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

    /// <summary>Who is asking, as authentication established.</summary>
    public Viewer Viewer => current.Viewer;

    /// <summary>
    /// Which of the three audiences the caller belongs to. Everything a caller may see of records and ties depends on it
    /// alone (a partner's own organisation matters only for proposals), so the network engine keeps one view per audience.
    /// </summary>
    public Audience Audience => Role switch
    {
        Role.Curator or Role.Admin => Audience.Staff,
        Role.Partner => Audience.Partners,
        _ => Audience.Public,
    };

    /// <summary>The rules of an audience, for reading on its behalf outside a request (the network engine's views).</summary>
    public static AccessRules Of(Audience audience) => new(new CurrentViewer
    {
        Viewer = audience switch
        {
            Audience.Staff => new Viewer(Role.Curator, "network"),
            Audience.Partners => new Viewer(Role.Partner, "network"),
            _ => Viewer.Anonymous,
        },
    });

    /// <summary>
    /// Whether the caller may curate: create, edit, publish, schedule, archive and delete records and ties, and read what
    /// only staff read (drafts, revisions, translations, where a tie is known from, a defender's restricted fields). Staff only.
    /// </summary>
    public bool MayCurate => current.Viewer.IsStaff;

    /// <summary>Whether the caller may read the audit log: administrators only.</summary>
    public bool MayReadAuditLog => Role == Role.Admin;

    /// <summary>Whether the caller may make, list, rotate and revoke API keys: administrators only.</summary>
    public bool MayManageKeys => Role == Role.Admin;

    /// <summary>Whether the caller may erase a defender for good: administrators only.</summary>
    public bool MayErase => Role == Role.Admin;

    /// <summary>Whether the caller may propose alliances at all: partners (for their organisation, see <see cref="MayActFor"/>) and staff.</summary>
    public bool MayPropose => Role != Role.Anonymous;

    /// <summary>The curated records of a type the caller may see.</summary>
    public IQueryable<T> Records<T>(NetworkGraphDbContext db) where T : CuratedEntity => Visible(db.Set<T>());

    /// <summary>
    /// The records among <paramref name="rows"/> that the caller may see: the same rule for a database query and for
    /// records held in memory (the network engine's), which need only their status, audience, and for defenders their
    /// consent and risk level.
    /// </summary>
    public IQueryable<T> Visible<T>(IQueryable<T> rows) where T : CuratedEntity =>
        typeof(T) == typeof(Defender) ? (IQueryable<T>)Defenders((IQueryable<Defender>)rows) : Curated(rows);

    /// <summary>The edges of a kind of tie the caller may see: its own audience admits the caller, and so do its ends (<see cref="Tie{TEdge}.EndsAmong"/>).</summary>
    public IQueryable<TEdge> Ties<TEdge>(NetworkGraphDbContext db) where TEdge : EdgeEntity =>
        Admitted(db.Set<TEdge>()).Where(Data.Edges.Ties.Of<TEdge>().EndsAmong(RecordsOf(db)));

    /// <summary>The edges among <paramref name="edges"/> whose own audience admits the caller; whether their ends do is the tie's to say.</summary>
    public IQueryable<TEdge> Admitted<TEdge>(IQueryable<TEdge> edges) where TEdge : EdgeEntity => ForAudience(edges.AsNoTracking());

    /// <summary>The records the caller may see, for code that holds a record type only at run time (a tie's ends).</summary>
    public IRecordsOf RecordsOf(NetworkGraphDbContext db) => new VisibleRecords(this, db);

    private IQueryable<Defender> Defenders(IQueryable<Defender> rows) => Role switch
    {
        Role.Curator or Role.Admin => Curated(rows),
        Role.Partner => Curated(rows).Where(d => ShareableRiskLevels.Contains(d.RiskLevel)),
        _ => Curated(rows).Where(d => d.PublicationConsent && ShareableRiskLevels.Contains(d.RiskLevel)),
    };

    /// <summary>
    /// Alliance proposals: staff see all; a partner those its own organisation proposed or is named in (it is asked from
    /// the start); anyone else none.
    /// </summary>
    public IQueryable<AllianceProposal> AllianceProposals(NetworkGraphDbContext db) => Role switch
    {
        Role.Curator or Role.Admin => db.AllianceProposals.AsNoTracking(),
        Role.Partner => db.AllianceProposals.AsNoTracking().Where(p => p.ProposerOrganisationId == current.Viewer.OrganisationId
            || p.Parties.Any(party => party.OrganisationId == current.Viewer.OrganisationId)),
        _ => db.AllianceProposals.AsNoTracking().Where(p => false),
    };

    /// <summary>
    /// Whether the caller may act on behalf of the organisation in a proposal — propose or withdraw for it as its
    /// proposer, respond for it as a named party: staff for any (recorded as on its behalf), a partner for its own.
    /// </summary>
    public bool MayActFor(Guid organisationId) =>
        current.Viewer.IsStaff || (Role == Role.Partner && current.Viewer.OrganisationId == organisationId);

    /// <summary>Whether the caller may review, accept and decline alliance proposals: staff only.</summary>
    public bool MayReviewProposals => current.Viewer.IsStaff;

    /// <summary>Whether the caller may have webhooks: administrators, and partners for their own organisation.</summary>
    public bool MayOwnWebhooks => Role == Role.Admin || PartnerOrganisation is not null;

    /// <summary>The organisation that owns the caller's new webhooks: a partner's own; none for administrators.</summary>
    public Guid? PartnerOrganisation => Role == Role.Partner ? current.Viewer.OrganisationId : null;

    /// <summary>The webhooks the caller may see and change: administrators all, a partner its organisation's, anyone else none.</summary>
    public IQueryable<Webhook> Webhooks(NetworkGraphDbContext db) => (Role, PartnerOrganisation) switch
    {
        (Role.Admin, _) => db.Webhooks.AsNoTracking(),
        (_, { } organisation) => db.Webhooks.AsNoTracking().Where(w => w.OrganisationId == organisation),
        _ => db.Webhooks.AsNoTracking().Where(w => false),
    };

    /// <summary>
    /// The rules a webhook hears events by: its owner's. An administrators' webhook hears of everything; a partner's of
    /// what partners may see and of its own organisation's proposals.
    /// </summary>
    public static AccessRules OfWebhookOwner(Guid? organisationId) => new(new CurrentViewer
    {
        Viewer = organisationId is { } organisation ? new Viewer(Role.Partner, "webhook", organisation) : new Viewer(Role.Admin, "webhook"),
    });

    /// <summary>
    /// The narrowest audience whose rules find the rows <paramref name="picked"/> selects, as the database holds them now:
    /// who could see a record or a tie just before a change takes it out of sight. Staff see everything.
    /// </summary>
    public static async Task<Visibility> NarrowestAudienceAsync(Func<AccessRules, IQueryable<Entity>> picked, CancellationToken cancellationToken)
    {
        if (await picked(Of(Audience.Public)).AnyAsync(cancellationToken)) return Visibility.Public;
        return await picked(Of(Audience.Partners)).AnyAsync(cancellationToken) ? Visibility.Partners : Visibility.Staff;
    }

    private IQueryable<T> Curated<T>(IQueryable<T> rows) where T : CuratedEntity =>
        current.Viewer.IsStaff ? rows.AsNoTracking() : ForAudience(rows.AsNoTracking().Where(e => e.Status == ContentStatus.Published));

    /// <summary>The rows whose own visibility admits the caller: staff see every audience, partners two, everyone else the public.</summary>
    private IQueryable<T> ForAudience<T>(IQueryable<T> rows) where T : IHasAudience => Role switch
    {
        Role.Curator or Role.Admin => rows,
        Role.Partner => rows.Where(e => PartnerVisibilities.Contains(e.Visibility)),
        _ => rows.Where(e => e.Visibility == Visibility.Public),
    };

    private sealed class VisibleRecords(AccessRules access, NetworkGraphDbContext db) : IRecordsOf
    {
        public IQueryable<TNode> Records<TNode>() where TNode : CuratedEntity => access.Records<TNode>(db);
    }
}

/// <summary>Who may see what: the public (no credentials), partners, and staff.</summary>
public enum Audience { Public, Partners, Staff }
