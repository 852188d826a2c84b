using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Database;

/// <summary>
/// Each provider has its own migrations and a committed SQL script for DBAs to review (idempotent where EF Core can make it so). After a model
/// change: add a migration per provider (see README), then run the tests once with UPDATE_SQL_SCRIPTS=1.
/// </summary>
public sealed class MigrationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    public static TheoryData<DatabaseProvider> AllProviders => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL, DatabaseProvider.SqlServer];

    private static NetworkGraphDbContext OfflineContext(DatabaseProvider provider)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.PostgreSQL => "Host=localhost;Database=offline",
            _ => "Server=localhost;Database=offline",
        };
        var options = new DbContextOptionsBuilder<NetworkGraphDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new NetworkGraphDbContext(options.Options);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        using var db = OfflineContext(provider);
        Assert.True(db.Database.GetMigrations().Any(), $"{provider} has no migrations.");
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration: add one with the command in README.md.");
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task The_committed_sql_script_is_up_to_date(DatabaseProvider provider)
    {
        using var db = OfflineContext(provider);
        // EF Core cannot make SQLite scripts idempotent; SQLite's is the script from an empty database.
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = db.GetService<IMigrator>().GenerateScript(options: options).ReplaceLineEndings("\n");
        var path = Repository.PathOf("migrations", "sql", $"{provider.ToString().ToLowerInvariant()}.sql");
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SCRIPTS") == "1") await File.WriteAllTextAsync(path, script);
        Assert.True(File.Exists(path) && await File.ReadAllTextAsync(path) == script,
            $"{path} is out of date: run the tests once with UPDATE_SQL_SCRIPTS=1 and review the diff.");
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Migrations_apply_to_an_empty_database(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        _ = app.Server;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Countries.CountAsync() > 240);
        Assert.Equal(7, await db.Institutions.CountAsync());
    }
}
