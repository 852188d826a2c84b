using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Goals;

/// <summary>createAdvocacyGoal, updateAdvocacyGoal, publishAdvocacyGoal and the other curation mutations of advocacy goals.</summary>
public sealed class AdvocacyGoalMutations : CuratedMutations<AdvocacyGoalType, AdvocacyGoal, AdvocacyGoalInput>;
