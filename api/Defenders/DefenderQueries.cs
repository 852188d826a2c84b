namespace NetworkGraph.Api.Defenders;

public sealed class DefenderQueries() : CuratedQueries<DefenderType, Defender, DefenderFilter>("Human-rights defenders (by alias)", (access, db) => access.Records<Defender>(db));
