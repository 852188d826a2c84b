namespace NetworkGraph.Api.Publishing;

/// <summary>What input is applied with: the database, who makes the change and when, and the checks that collect what is wrong.</summary>
public sealed record InputContext(NetworkGraphDbContext Db, Viewer Viewer, DateTime Now, CancellationToken CancellationToken)
{
    public InputChecks Checks { get; } = new();
}
