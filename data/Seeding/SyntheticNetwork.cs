namespace NetworkGraph.Data.Seeding;

public static class SyntheticNetwork
{
    public static Task SeedAsync(NetworkGraphDbContext db, int organisations, int edges, int seed, TextWriter log, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The synthetic network is not built yet.");
}
