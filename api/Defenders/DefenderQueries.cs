using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Data.Defenders;

namespace NetworkGraph.Api.Defenders;

public sealed class DefenderQueries() : CuratedQueries<DefenderType, Defender, DefenderFilter>(
    "Defender", "defenders", "defender", "Human-rights defenders (by alias)", (access, db) => access.Defenders(db));
