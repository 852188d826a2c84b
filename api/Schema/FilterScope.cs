using NetworkGraph.Api.Access;

namespace NetworkGraph.Api.Schema;

/// <summary>Where a filter runs: relation lists inside filters read through the caller's access rules, too.</summary>
public sealed record FilterScope(AccessRules Access, NetworkGraphDbContext Db);
