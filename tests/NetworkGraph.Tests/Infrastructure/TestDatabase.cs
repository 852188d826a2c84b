using Npgsql;
using NetworkGraph.Data;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by NETWORKGRAPH_TEST_POSTGRES (a connection string without a database name).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "NETWORKGRAPH_TEST_POSTGRES";

    private readonly string? sqliteFolder;
    private readonly string? postgresServer;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder = null, string? postgresServer = null, string? postgresName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresServer = postgresServer;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string PostgresSkipReason =>
        $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string such as 'Host=localhost;Username=postgres;Password=postgres' (.ci/run does).";

    public static TestDatabase Create(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Directory.CreateTempSubdirectory("networkgraph-tests-").FullName;
                return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", sqliteFolder: folder);
            case DatabaseProvider.PostgreSQL:
                var server = PostgresServer ?? throw new SkipException(PostgresSkipReason);
                var name = $"networkgraph_test_{Guid.NewGuid():N}";
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                return new TestDatabase(provider, builder.ConnectionString, postgresServer: server, postgresName: name);
            default:
                throw new NotSupportedException($"No test database for {provider}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
        if (postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
