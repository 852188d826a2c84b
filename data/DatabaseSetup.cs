using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkGraph.Data;

public enum DatabaseProvider { Sqlite, PostgreSQL, SqlServer }

public static class DatabaseSetup
{
    public const string ConnectionStringName = "NetworkGraph";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider '{name}' is not known; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>The configured connection string, or for SQLite a file in the data folder.</summary>
    public static string ConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for {provider}.");
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "networkgraph.db")}";
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = $"NetworkGraph.Migrations.{provider}";
        // Reads dominate; a write opts in with AsTracking or by attaching what it changes.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.PostgreSQL:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations).EnableRetryOnFailure());
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations).EnableRetryOnFailure());
                break;
        }
    }

    /// <summary>
    /// Registers a pooled DbContext factory. The provider and connection string are read when the factory is
    /// first used, so that every configuration source (files, environment, command line, test hosts) counts.
    /// </summary>
    public static IServiceCollection AddNetworkGraphDatabase(this IServiceCollection services)
    {
        services.AddSingleton<SqlStatementCounter>();
        services.AddPooledDbContextFactory<NetworkGraphDbContext>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var provider = ProviderFrom(configuration);
            var contentRoot = configuration["contentRoot"] ?? Directory.GetCurrentDirectory();
            Configure(options, provider, ConnectionStringFrom(configuration, provider, contentRoot));
            options.AddInterceptors(sp.GetRequiredService<SqlStatementCounter>());
        });
        return services;
    }
}
