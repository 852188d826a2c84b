using NetworkGraph.Api.Publishing;
using NetworkGraph.Data.Defenders;

namespace NetworkGraph.Api.Defenders;

/// <summary>createDefender, updateDefender, publishDefender and the other curation mutations of defenders.</summary>
public sealed class DefenderMutations : CuratedMutations<DefenderType, Defender, DefenderInput>;
