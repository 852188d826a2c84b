using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data.Changes;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Data.Seeding;

public static class DatabaseSeeder
{
    /// <summary>Reference data when missing; then, into a database without organisations, the demo or a synthetic network.</summary>
    public static async Task SeedAsync(NetworkGraphDbContext db, SeedOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        await ReferenceData.SeedAsync(db, cancellationToken);
        if (options is { Organisations: null, Demo: false }) return;
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            log.WriteLine("The database already holds organisations; nothing seeded.");
            return;
        }
        if (options.Organisations is { } organisations)
            await SyntheticNetwork.SeedAsync(db, organisations, options.Edges, options.Seed, log, cancellationToken);
        else
        {
            await DemoNetwork.SeedAsync(db, options.Seed, cancellationToken);
            log.WriteLine("Seeded the demo network.");
        }
        await SearchIndex.RebuildAsync(db, cancellationToken);
        await ChangeLog.LoadedAsync(db, cancellationToken);
    }
}
