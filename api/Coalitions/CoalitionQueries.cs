namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionQueries() : CuratedQueries<CoalitionType, Coalition, CoalitionFilter>("Coalitions and alliances", (access, db) => access.Records<Coalition>(db));
