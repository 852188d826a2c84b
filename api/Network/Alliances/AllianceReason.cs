namespace NetworkGraph.Api.Network.Alliances;

/// <summary>The kinds of reason two organisations might ally for; each adds its own weight (<see cref="AllianceWeights"/>).</summary>
public enum AllianceReasonKind { SharedGoal, SharedTheme, SharedTargetInstitution, CommonPartners, CrossBorder, BridgesCommunities, Distance }

/// <summary>What each kind of reason adds to a suggestion's score.</summary>
public static class AllianceWeights
{
    public const double SharedGoal = 3, SharedTheme = 1, SharedTargetInstitution = 1, CrossBorder = 1.5, BridgesCommunities = 1;

    /// <summary>The bonus for each hop beyond two between the organisations, and the most it comes to (from five hops, or no way at all).</summary>
    public const double DistancePerHop = 0.25, MaxDistance = 0.75;
}

/// <summary>
/// One reason to suggest an alliance: its kind, what it adds to the score, in words, and what it rests on: records of the
/// network, and themes by their codes.
/// </summary>
public sealed record AllianceReason(AllianceReasonKind Kind, double Weight, string Detail, IReadOnlyList<NetworkNode> Evidence,
    IReadOnlyList<string>? Themes = null);

/// <summary>An organisation suggested as an ally, and why: its score is the sum of the weights of its reasons.</summary>
public sealed record AllianceSuggestion(NetworkNode Organisation, IReadOnlyList<AllianceReason> Reasons)
{
    public double Score { get; } = Reasons.Sum(reason => reason.Weight);
}
