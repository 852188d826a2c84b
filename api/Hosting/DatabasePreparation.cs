using NetworkGraph.Data.Seeding;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// Before the server accepts requests: migrate, and seed reference data and (unless Database:SeedDemoData is
/// false) the demo network into an empty database. Skipped when Database:PrepareOnStart is false, which is
/// the default for PostgreSQL and SQL Server, where a DBA applies the reviewed scripts or runs `migrate`.
/// </summary>
public sealed class DatabasePreparation(
    IDbContextFactory<NetworkGraphDbContext> contexts, IConfiguration configuration, ILogger<DatabasePreparation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = DatabaseSetup.ProviderFrom(configuration);
        if (!configuration.GetValue("Database:PrepareOnStart", provider == DatabaseProvider.Sqlite)) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var log = new StringWriter();
        await DatabaseSeeder.SeedAsync(db, new SeedOptions(Demo: configuration.GetValue("Database:SeedDemoData", true)), log, cancellationToken);
        logger.LogInformation("Database ready ({Provider}). {Seeding}", provider, log.ToString().Trim());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
