namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalQueries() : CuratedQueries<AdvocacyGoalType, AdvocacyGoal, AdvocacyGoalFilter>("Advocacy goals", (access, db) => access.Records<AdvocacyGoal>(db));
