using NetworkGraph.Api.Publishing;
using NetworkGraph.Data.Coalitions;

namespace NetworkGraph.Api.Coalitions;

/// <summary>createCoalition, updateCoalition, publishCoalition and the other curation mutations of coalitions.</summary>
public sealed class CoalitionMutations : CuratedMutations<CoalitionType, Coalition, CoalitionInput>;
