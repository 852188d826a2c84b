using NetworkGraph.Data.Goals;

namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalQueries() : CuratedQueries<AdvocacyGoalType, AdvocacyGoal, AdvocacyGoalFilter>("Advocacy goals", (access, db) => access.AdvocacyGoals(db));
