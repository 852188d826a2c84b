using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Data.Goals;

namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalQueries() : CuratedQueries<AdvocacyGoalType, AdvocacyGoal, AdvocacyGoalFilter>(
    "AdvocacyGoal", "advocacyGoals", "advocacyGoal", "Advocacy goals", (access, db) => access.AdvocacyGoals(db));
