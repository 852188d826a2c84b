using NetworkGraph.Data.Defenders;

namespace NetworkGraph.Api.Defenders;

public sealed class DefenderQueries() : CuratedQueries<DefenderType, Defender, DefenderFilter>("Human-rights defenders (by alias)", (access, db) => access.Defenders(db));
