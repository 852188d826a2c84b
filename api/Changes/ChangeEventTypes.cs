using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Changes;

/// <summary>The events others hear of, by the names subscribers and webhooks use, and the changes that make them.</summary>
public static class ChangeEventTypes
{
    public const string AllianceProposalChanged = "allianceProposal.changed";
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string TieAdded = "tie.added";
    public const string TieUpdated = "tie.updated";
    public const string TieEnded = "tie.ended";
    public const string TieRemoved = "tie.removed";

    public static readonly IReadOnlyList<string> All =
        [AllianceProposalChanged, ContentPublished, ContentUnpublished, TieAdded, TieUpdated, TieEnded, TieRemoved];

    public static readonly IReadOnlySet<string> AboutTies = new HashSet<string> { TieAdded, TieUpdated, TieEnded, TieRemoved };

    private static readonly string ProposalType = EntityNodes.NameOf<AllianceProposal>();

    private static readonly HashSet<string> TieTypes = [.. Ties.All.Select(tie => tie.EdgeType.Name)];

    /// <summary>
    /// The event a change makes: any step of a proposal; a tie added, updated, ended or removed; a record published, or
    /// taken out of sight once published (unpublished, or archived); null for every other change.
    /// </summary>
    public static string? Of(LoggedChange change) => change switch
    {
        _ when change.RecordType == ProposalType => AllianceProposalChanged,
        _ when TieTypes.Contains(change.RecordType) => change.Kind switch
        {
            ChangeKind.Added => TieAdded,
            ChangeKind.Updated => TieUpdated,
            ChangeKind.Ended => TieEnded,
            ChangeKind.Removed => TieRemoved,
            _ => null,
        },
        { Kind: ChangeKind.Published } => ContentPublished,
        { Kind: ChangeKind.Unpublished } or { Kind: ChangeKind.Archived, SeenBefore: not null } => ContentUnpublished,
        _ => null,
    };
}
