using Npgsql;

namespace NetworkGraph.Bench.Runner;

/// <summary>One statement as pg_stat_statements counts it: calls, execution time in ms, rows and normalised text.</summary>
public sealed record Statement(long QueryId, long Calls, double TotalMilliseconds, long Rows, string Query)
{
    /// <summary>Npgsql resets a pooled connection with DISCARD ALL, sent together with the connection's next statement.</summary>
    public bool IsReset => Query.Trim().Equals("DISCARD ALL", StringComparison.OrdinalIgnoreCase);

    public string Summary(int length = 110)
    {
        var text = string.Join(' ', Query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= length ? text : text[..length] + "…";
    }
}

/// <summary>Statements sent to the benchmark database while some requests ran, per request.</summary>
public sealed record StatementUse(IReadOnlyList<Statement> Statements, long Requests)
{
    public double PerRequest => Requests == 0 ? 0 : Statements.Where(s => !s.IsReset).Sum(s => s.Calls) / (double)Requests;
    public double ResetsPerRequest => Requests == 0 ? 0 : Statements.Where(s => s.IsReset).Sum(s => s.Calls) / (double)Requests;
    public double ExecutionMillisecondsPerRequest => Requests == 0 ? 0 : Statements.Sum(s => s.TotalMilliseconds) / Requests;
    public IReadOnlySet<long> QueryIds => Statements.Where(s => !s.IsReset).Select(s => s.QueryId).ToHashSet();
}

/// <summary>
/// The benchmark database and its server, seen from the server's own "postgres" database (where pg_stat_statements
/// is installed), so that what the runner asks is never counted against the servers it measures.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    /// <summary>
    /// What NetworkGraph's background services send whatever the requests: the network engine's reads of the change log
    /// (every second) and the scheduled-publishing check (every minute). Not the requests' statements, so not counted.
    /// </summary>
    private static readonly string[] BackgroundWork = ["%FROM \"ChangeLog\"%", "%.\"PublishAt\" <= $%"];

    private readonly NpgsqlDataSource admin;
    private readonly NpgsqlDataSource bench;

    public Database(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Name = builder.Database ?? throw new ArgumentException("The connection string names no database.");
        ConnectionString = connectionString;
        bench = NpgsqlDataSource.Create(connectionString);
        admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>The connection string of a server's own login role (bench/database/roles.sql).</summary>
    public string ConnectionStringFor(string role) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Username = role, Password = "bench" }.ConnectionString;

    public async Task ResetStatementsAsync()
    {
        await using var command = admin.CreateCommand("SELECT pg_stat_statements_reset()");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The statements one login role sent to the benchmark database since the last reset.</summary>
    public async Task<StatementUse> StatementsAsync(string role, long requests)
    {
        await using var command = admin.CreateCommand(
            "SELECT s.queryid, s.calls, s.total_exec_time, s.rows, s.query FROM pg_stat_statements s " +
            "JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.userid " +
            "WHERE d.datname = $1 AND r.rolname = $2 AND NOT s.query LIKE ANY($3) ORDER BY s.total_exec_time DESC");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = role });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = BackgroundWork });
        var statements = new List<Statement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            statements.Add(new Statement(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3), reader.GetString(4)));
        return new StatementUse(statements, requests);
    }

    /// <summary>The PID of the postmaster, whose children are the backends that serve the benchmark.</summary>
    public async Task<int> PostmasterPidAsync()
    {
        await using var command = admin.CreateCommand("SHOW data_directory");
        var directory = (string)(await command.ExecuteScalarAsync())!;
        return int.Parse(File.ReadLines(Path.Combine(directory, "postmaster.pid")).First());
    }

    public async Task<string> VersionAsync()
    {
        await using var command = admin.CreateCommand("SHOW server_version");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The organisations an anonymous caller sees (bench/database/public-read-model.sql), in id order.</summary>
    public async Task<IReadOnlyList<Guid>> VisibleOrganisationsAsync()
    {
        await using var command = bench.CreateCommand("SELECT id FROM postgraphile_public.organisations ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    /// <summary>
    /// Runs bench/database/shortest-path.sql for two records and the most hops a path may take: the hops of a shortest
    /// path, null when there is none.
    /// </summary>
    public async Task<int?> ShortestPathHopsAsync(string sql, Guid from, Guid to, int maxHops)
    {
        await using var command = bench.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = to });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxHops });
        return await command.ExecuteScalarAsync() is int hops ? hops : null;
    }

    public async Task<IReadOnlyList<(string Table, long Rows)>> SizeAsync()
    {
        var tables = new[] { "Organisations", "Defenders", "Coalitions", "Partnerships", "Memberships", "GoalSupports", "Affiliations" };
        var sizes = new List<(string, long)>();
        foreach (var table in tables)
        {
            await using var command = bench.CreateCommand($"SELECT count(*) FROM \"{table}\"");
            sizes.Add((table, (long)(await command.ExecuteScalarAsync())!));
        }
        return sizes;
    }

    public async ValueTask DisposeAsync()
    {
        await admin.DisposeAsync();
        await bench.DisposeAsync();
    }
}
