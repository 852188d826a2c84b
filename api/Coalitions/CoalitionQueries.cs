using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Data.Coalitions;

namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionQueries() : CuratedQueries<CoalitionType, Coalition, CoalitionFilter>(
    "Coalition", "coalitions", "coalition", "Coalitions and alliances", (access, db) => access.Coalitions(db));
