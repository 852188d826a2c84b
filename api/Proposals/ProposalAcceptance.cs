using NetworkGraph.Data.Proposals;
using NetworkGraph.Data.Search;
using NetworkGraph.Data.Seeding;

namespace NetworkGraph.Api.Proposals;

/// <summary>
/// What accepting a proposal creates, in the transaction that accepts it: a coalition with its founding memberships (the
/// proposer leads) and its support of the shared goals; memberships in an existing coalition; a partnership; the
/// support of each shared goal by each organisation. A tie that is current already is not doubled. Published at once,
/// the coalition is published and the ties are public; otherwise the coalition is a draft and the ties are for staff only.
/// </summary>
public sealed class ProposalAcceptance(NetworkGraphDbContext db, Viewer viewer, AllianceProposal proposal, bool publish)
{
    private Guid? foundedCoalition;

    private List<Guid> Organisations => [.. proposal.Parties.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value)];

    private List<Guid> Defenders => [.. proposal.Parties.Where(p => p.DefenderId is not null).Select(p => p.DefenderId!.Value)];

    /// <summary>"an organisation", "a coalition" … when a record the proposal names was archived since it was made; null when none was.</summary>
    public async Task<string?> ArchivedRecordAsync(CancellationToken cancellationToken)
    {
        List<Guid> organisations = [proposal.ProposerOrganisationId, .. Organisations], defenders = Defenders;
        var goals = proposal.SharedGoals.Select(g => g.Id).ToList();
        var coalition = proposal.CoalitionId ?? Guid.Empty;
        return await db.Organisations.AnyAsync(o => organisations.Contains(o.Id) && o.Status == ContentStatus.Archived, cancellationToken) ? "an organisation"
            : await db.Defenders.AnyAsync(d => defenders.Contains(d.Id) && d.Status == ContentStatus.Archived, cancellationToken) ? "a defender"
            : await db.AdvocacyGoals.AnyAsync(g => goals.Contains(g.Id) && g.Status == ContentStatus.Archived, cancellationToken) ? "an advocacy goal"
            : await db.Coalitions.AnyAsync(c => c.Id == coalition && c.Status == ContentStatus.Archived, cancellationToken) ? "a coalition"
            : null;
    }

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        switch (proposal.Kind)
        {
            case ProposalKind.NewCoalition:
                var coalition = await FoundCoalitionAsync(cancellationToken);
                await JoinAsync(coalition, MembershipRole.Lead, [proposal.ProposerOrganisationId], [], cancellationToken);
                await JoinAsync(coalition, MembershipRole.Member, Organisations, Defenders, cancellationToken);
                foreach (var goal in proposal.SharedGoals)
                    await AddTieAsync(new GoalSupport { GoalId = goal.Id, CoalitionId = coalition, Role = GoalSupportRole.Supporter }, cancellationToken);
                break;
            case ProposalKind.JoinCoalition:
                await JoinAsync(proposal.CoalitionId!.Value, MembershipRole.Member, [proposal.ProposerOrganisationId, .. Organisations], Defenders, cancellationToken);
                break;
            case ProposalKind.Partnership:
                await AddTieAsync(new Partnership { OrganisationId = proposal.ProposerOrganisationId, PartnerId = Organisations.Single(), Kind = PartnershipKind.Partner },
                    cancellationToken);
                break;
            case ProposalKind.JointGoal:
                foreach (var goal in proposal.SharedGoals)
                foreach (var organisation in (List<Guid>)[proposal.ProposerOrganisationId, .. Organisations])
                    await AddTieAsync(new GoalSupport { GoalId = goal.Id, OrganisationId = organisation, Role = GoalSupportRole.Supporter }, cancellationToken);
                break;
        }
    }

    /// <summary>What the save must do before it commits: index the coalition founded, if one was.</summary>
    public Func<Task>? AlsoInTransaction(CancellationToken cancellationToken) =>
        foundedCoalition is { } id ? () => SearchIndex.ReindexAsync<Coalition>(db, id, cancellationToken) : null;

    private async Task<Guid> FoundCoalitionAsync(CancellationToken cancellationToken)
    {
        var name = proposal.CoalitionName!;
        var coalition = new Coalition
        {
            Name = name, Slug = await FreeSlugAsync(name, cancellationToken), Purpose = proposal.Rationale,
            FoundedOn = Today, CreatedBy = viewer.Actor, UpdatedBy = viewer.Actor,
        };
        await Curation<Coalition, CoalitionInput>.AddNewAsync(db, viewer, coalition, publish, cancellationToken);
        Link(EntityNodes.NameOf<Coalition>(), coalition.Id);
        foundedCoalition = coalition.Id;
        return coalition.Id;
    }

    /// <summary>The name's slug, or with the first number from 2 on that makes it one no coalition has.</summary>
    private async Task<string> FreeSlugAsync(string name, CancellationToken cancellationToken)
    {
        var slug = SlugSet.Slugify(name) is { Length: > 0 } given ? given : "coalition";
        var taken = (await db.Coalitions.Where(c => c.Slug == slug || c.Slug.StartsWith(slug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }

    private async Task JoinAsync(Guid coalition, MembershipRole role, List<Guid> organisations, List<Guid> defenders, CancellationToken cancellationToken)
    {
        foreach (var organisation in organisations)
            await AddTieAsync(new Membership { CoalitionId = coalition, OrganisationId = organisation, Role = role }, cancellationToken);
        foreach (var defender in defenders)
            await AddTieAsync(new Membership { CoalitionId = coalition, DefenderId = defender, Role = role }, cancellationToken);
    }

    private async Task AddTieAsync<TEdge>(TEdge edge, CancellationToken cancellationToken) where TEdge : EdgeEntity, new()
    {
        edge.Since = Today;
        edge.Visibility = publish ? Visibility.Public : Visibility.Staff;
        edge.SourceNote = $"Accepted alliance proposal {GlobalId.Encode(EntityNodes.NameOf<AllianceProposal>(), proposal.Id.ToString("N"))}.";
        edge.CreatedBy = edge.UpdatedBy = viewer.Actor;
        if (await TieCuration<TEdge>.AddUnlessCurrentAsync(db, viewer, edge, cancellationToken)) Link(TieCuration<TEdge>.RecordType, edge.Id);
    }

    private void Link(string recordType, Guid id) => proposal.Created.Add(new ProposalCreatedRecord { ProposalId = proposal.Id, RecordType = recordType, RecordId = id });

    private DateOnly Today => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
}
