using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NetworkGraph.Data.Seeding;

/// <summary>Receives the rows of one table, in column order, and stores them when completed.</summary>
internal interface IBulkTableSink : IAsyncDisposable
{
    ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken);
    Task CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Writes rows past the change tracker, table by table, in one transaction, by the fastest path each
/// provider offers: binary COPY on PostgreSQL, SqlBulkCopy on SQL Server, one prepared INSERT on SQLite.
/// Rows are generated once and read through <see cref="BulkTable{TRow}"/>, whatever the provider.
/// </summary>
internal abstract class BulkWriter(DatabaseFacade database, TextWriter log) : IAsyncDisposable
{
    private const int ProgressInterval = 100_000;
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public long RowsWritten { get; private set; }

    public TimeSpan Elapsed => watch.Elapsed;

    /// <summary>The transaction every table is written in; opened on the connection directly, so no execution strategy applies.</summary>
    protected DbTransaction Transaction { get; private set; } = null!;

    public static async Task<BulkWriter> OpenAsync(NetworkGraphDbContext db, TextWriter log, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var sql = db.GetService<ISqlGenerationHelper>();
        BulkWriter writer =
            db.Database.IsNpgsql() ? new NpgsqlBulkWriter(db.Database, (Npgsql.NpgsqlConnection)connection, sql, log)
            : db.Database.IsSqlServer() ? new SqlServerBulkWriter(db.Database, (Microsoft.Data.SqlClient.SqlConnection)connection, sql, log)
            : db.Database.IsSqlite() ? new SqliteBulkWriter(db.Database, connection, sql, log)
            : throw new NotSupportedException($"Bulk seeding does not support {db.Database.ProviderName}.");
        writer.Transaction = await connection.BeginTransactionAsync(cancellationToken);
        return writer;
    }

    public async Task WriteAsync<TRow>(BulkTable<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var sink = await OpenTableAsync(table.Name, table.Schema, table.Columns, cancellationToken);
        var values = new object?[table.Columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < values.Length; i++) values[i] = table.Readers[i](row);
            await sink.WriteRowAsync(values, cancellationToken);
            if (++RowsWritten % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                log.WriteLine($"  {RowsWritten:N0} rows written ({table.Name}), {watch.Elapsed.TotalSeconds:F1} s");
            }
        }
        await sink.CompleteAsync(cancellationToken);
    }

    public virtual Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    protected abstract Task<IBulkTableSink> OpenTableAsync(string table, string? schema, IReadOnlyList<BulkColumn> columns, CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await database.CloseConnectionAsync();
    }
}
