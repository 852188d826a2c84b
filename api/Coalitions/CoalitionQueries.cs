using NetworkGraph.Data.Coalitions;

namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionQueries() : CuratedQueries<CoalitionType, Coalition, CoalitionFilter>("Coalitions and alliances", (access, db) => access.Coalitions(db));
