using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Defenders;

/// <summary>createDefender, updateDefender, publishDefender and the other curation mutations of defenders.</summary>
public sealed class DefenderMutations : CuratedMutations<DefenderType, Defender, DefenderInput>;
