using NetworkGraph.Api.Network.Analytics;
using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network.Alliances;

/// <summary>
/// The organisations one organisation might ally with, best first, on a filtered network. Candidates are the
/// organisations within <see cref="CandidateHops"/> ties of it and those that share a theme or a target institution
/// with it, nearest first, at most <see cref="MaxCandidates"/>; an organisation already tied to it in the caller's view
/// (a partner, or a member of one of its coalitions) is none. Every candidate has a reason: one two ties away shares a
/// goal or a record tied to both (a coalition between them would tie them), one three ties away has its distance.
/// </summary>
public sealed class SuggestedAlliances
{
    public const int CandidateHops = 3, MaxCandidates = 1000;

    /// <summary>Hops beyond which every organisation is as far as one that cannot be reached at all.</summary>
    private const int FarHops = 2 + (int)(AllianceWeights.MaxDistance / AllianceWeights.DistancePerHop);

    /// <summary>Scores closer than this are equal: the same weights summed in another order differ in their last digits.</summary>
    private const int ComparedDigits = 12;

    private readonly FilteredNetwork network;
    private readonly AllianceIndex index;
    private readonly CommunityPartition communities;
    private readonly int of;
    private readonly int[] hops;

    private SuggestedAlliances(FilteredNetwork network, int of, CancellationToken cancellationToken)
    {
        this.network = network;
        this.of = of;
        index = AllianceIndex.Of(network, cancellationToken);
        communities = CommunityPartition.Of(network, resolution: 1, seed: 0, cancellationToken);
        hops = Distances.From(network.Graph, of, FarHops);
    }

    /// <summary>The best <paramref name="first"/> suggestions for the organisation at node <paramref name="of"/>: highest score first, then in the records' fixed order.</summary>
    public static IReadOnlyList<AllianceSuggestion> For(FilteredNetwork network, int of, int first, CancellationToken cancellationToken)
    {
        var alliances = new SuggestedAlliances(network, of, cancellationToken);
        return [.. alliances.Candidates().Select(alliances.Suggestion)
            .OrderByDescending(suggestion => Math.Round(suggestion.Score, ComparedDigits)).ThenBy(suggestion => suggestion.Organisation.Id)
            .Take(first)];
    }

    private IEnumerable<int> Candidates()
    {
        var tied = TiedInView();
        var ofNode = network.Node(of);
        return Enumerable.Range(0, network.Graph.NodeCount)
            .Where(node => node != of && network.Node(node).Record is Organisation && !tied.Contains(network.ViewNode(node)))
            .Where(node => hops[node] is > 0 and <= CandidateHops || network.Node(node).Themes.Intersect(ofNode.Themes).Any()
                || index.TargetsOf(node).Overlaps(index.TargetsOf(of)))
            .OrderBy(node => hops[node] < 0 ? int.MaxValue : hops[node])
            .Take(MaxCandidates);
    }

    /// <summary>The view's nodes of the organisations tied to <see cref="of"/> in the caller's view, whatever the filter: its partners and its coalitions' members.</summary>
    private HashSet<int> TiedInView()
    {
        var view = network.View;
        var tied = new HashSet<int>();
        foreach (var neighbour in view.Graph.Neighbours(network.ViewNode(of)))
        {
            if (view.Nodes[neighbour].Record is Organisation) tied.Add(neighbour);
            else if (view.Nodes[neighbour].Record is Coalition)
                foreach (var member in view.Graph.Neighbours(neighbour)) tied.Add(member);
        }
        return tied;
    }

    private AllianceSuggestion Suggestion(int candidate) => new(network.Node(candidate), [.. new[]
    {
        SharedGoals(candidate), SharedThemes(candidate), SharedTargets(candidate), CommonPartners(candidate),
        CrossBorder(candidate), BridgesCommunities(candidate), Distance(candidate),
    }.OfType<AllianceReason>()]);

    private AllianceReason? SharedGoals(int candidate)
    {
        var shared = index.GoalsOf(of).Intersect(index.GoalsOf(candidate)).ToList();
        return shared.Count == 0 ? null : new AllianceReason(AllianceReasonKind.SharedGoal, AllianceWeights.SharedGoal * shared.Count,
            $"Both support {Counted(shared.Count, "advocacy goal")}.", Nodes(shared));
    }

    private AllianceReason? SharedThemes(int candidate)
    {
        var shared = network.Node(of).Themes.Intersect(network.Node(candidate).Themes).Order(StringComparer.Ordinal).ToList();
        return shared.Count == 0 ? null : new AllianceReason(AllianceReasonKind.SharedTheme, AllianceWeights.SharedTheme * shared.Count,
            $"Both work on {string.Join(", ", shared)}.", [], shared);
    }

    private AllianceReason? SharedTargets(int candidate)
    {
        var shared = index.TargetsOf(of).Intersect(index.TargetsOf(candidate)).Order(StringComparer.Ordinal).ToList();
        if (shared.Count == 0) return null;
        var goals = index.TargetGoalsOf(of).Union(index.TargetGoalsOf(candidate))
            .Where(goal => network.Node(goal).TargetInstitutions.Intersect(shared).Any()).Order();
        return new AllianceReason(AllianceReasonKind.SharedTargetInstitution, AllianceWeights.SharedTargetInstitution,
            $"Goals of both, or of their coalitions, target {string.Join(", ", shared)}.", Nodes(goals));
    }

    /// <summary>Adamic–Adar over the records tied to both (goals left out: <see cref="SharedGoals"/> counts them): Σ 1 / ln(their number of neighbours).</summary>
    private AllianceReason? CommonPartners(int candidate)
    {
        var graph = network.Graph;
        var common = graph.Neighbours(of).ToArray().Intersect(graph.Neighbours(candidate).ToArray())
            .Where(node => network.Node(node).Record is not AdvocacyGoal).Order().ToList();
        if (common.Count == 0) return null;
        var weight = common.Sum(node => 1 / Math.Log(graph.Neighbours(node).ToArray().Distinct().Count()));
        return new AllianceReason(AllianceReasonKind.CommonPartners, weight, $"{Counted(common.Count, "record")} tied to both.", Nodes(common));
    }

    private AllianceReason? CrossBorder(int candidate)
    {
        var (own, theirs) = (network.CountriesOf(of), network.CountriesOf(candidate));
        if (own.Intersect(theirs).Any()) return null;
        var neighbours = own.Order(StringComparer.Ordinal).SelectMany(first => theirs.Order(StringComparer.Ordinal)
                .Select(second => (first, second, why: NeighbouringCountries.Why(network.View.Places, first, second))))
            .FirstOrDefault(pair => pair.why is not null);
        return neighbours.why is null ? null
            : new AllianceReason(AllianceReasonKind.CrossBorder, AllianceWeights.CrossBorder, $"{neighbours.first} and {neighbours.second}: {neighbours.why}.", []);
    }

    private AllianceReason? BridgesCommunities(int candidate)
    {
        var (own, theirs) = (communities.CommunityOf[of], communities.CommunityOf[candidate]);
        return own == theirs ? null : new AllianceReason(AllianceReasonKind.BridgesCommunities, AllianceWeights.BridgesCommunities,
            $"Communities {own} and {theirs} of communities(resolution: 1, seed: 0).", []);
    }

    /// <summary>A bonus for a candidate further than two ties away: an alliance that reaches into a farther part of the network.</summary>
    private AllianceReason? Distance(int candidate)
    {
        var away = hops[candidate];
        if (away is >= 0 and <= 2) return null;
        var weight = away < 0 ? AllianceWeights.MaxDistance : Math.Min(AllianceWeights.DistancePerHop * (away - 2), AllianceWeights.MaxDistance);
        return new AllianceReason(AllianceReasonKind.Distance, weight, away < 0 ? $"More than {FarHops} ties apart, or not connected." : $"{away} ties apart.", []);
    }

    private List<NetworkNode> Nodes(IEnumerable<int> nodes) => [.. nodes.Select(network.Node)];

    private static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
