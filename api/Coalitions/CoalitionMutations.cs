using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Coalitions;

/// <summary>createCoalition, updateCoalition, publishCoalition and the other curation mutations of coalitions.</summary>
public sealed class CoalitionMutations : CuratedMutations<CoalitionType, Coalition, CoalitionInput>;
