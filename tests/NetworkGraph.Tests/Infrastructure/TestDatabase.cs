using Microsoft.Data.SqlClient;
using NetworkGraph.Data;
using Npgsql;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by NETWORKGRAPH_TEST_POSTGRES or the SQL Server named by NETWORKGRAPH_TEST_SQLSERVER
/// (connection strings without a database name).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "NETWORKGRAPH_TEST_POSTGRES";
    public const string SqlServerVariable = "NETWORKGRAPH_TEST_SQLSERVER";

    private readonly string? sqliteFolder;
    private readonly string? server;
    private readonly string? name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder = null, string? server = null, string? name = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.server = server;
        this.name = name;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>
    /// Whether tests run on the provider: SQLite always, a server provider when its variable names a server. Theories
    /// list only these; <c>DatabaseServerTests</c> shows each other provider once, skipped with <see cref="SkipReason"/>.
    /// </summary>
    public static bool IsConfigured(DatabaseProvider provider) => ServerFor(provider) is not null;

    public static IEnumerable<DatabaseProvider> Configured => Enum.GetValues<DatabaseProvider>().Where(IsConfigured);

    /// <summary>The server connection string for a provider, or null when none is configured.</summary>
    public static string? ServerFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "",
        DatabaseProvider.PostgreSQL => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null,
        _ => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null,
    };

    public static string SkipReason(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSQL
        ? $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string such as 'Host=localhost;Username=postgres;Password=postgres' (.ci/run does)."
        : $"SQL Server tests need a server: set {SqlServerVariable} to a connection string such as 'Server=localhost;User Id=sa;Password=...;TrustServerCertificate=true' (the GitHub workflow does).";

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("networkgraph-tests-").FullName;
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", sqliteFolder: folder);
        }
        var server = ServerFor(provider) ?? throw new InvalidOperationException(SkipReason(provider));
        var name = $"networkgraph_test_{Guid.NewGuid():N}";
        var connectionString = provider == DatabaseProvider.PostgreSQL
            ? new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString
            : new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, server: server, name: name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
        if (server is null) return;
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
