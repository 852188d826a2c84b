namespace NetworkGraph.Api.Edges;

/// <summary>One of the records an edge joins: its input field (a global ID of <paramref name="NodeType"/>) and the column it fills.</summary>
public sealed record EdgeEnd(string Field, string NodeType, string Property, Func<NetworkGraphDbContext, Guid, CancellationToken, Task<bool>> ExistsAsync)
{
    /// <summary>An end that may be any record of the type that is not archived, drafts included: curators link what they are building.</summary>
    public static EdgeEnd To<T>(string field, string nodeType, string property) where T : CuratedEntity =>
        new(field, nodeType, property, (db, id, cancellationToken) =>
            db.Set<T>().AnyAsync(r => r.Id == id && r.Status != ContentStatus.Archived, cancellationToken));
}
