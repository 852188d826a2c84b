using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NetworkGraph.Data.Seeding;

/// <summary>SQL Server: SqlBulkCopy in batches, with constraints checked so that foreign keys stay trusted.</summary>
internal sealed class SqlServerBulkWriter(DatabaseFacade database, SqlConnection connection, ISqlGenerationHelper sql, TextWriter log)
    : BulkWriter(database, log)
{
    private const int BatchRows = 50_000;
    private const SqlBulkCopyOptions Options = SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.TableLock;

    protected override Task<IBulkTableSink> OpenTableAsync(string table, string? schema, IReadOnlyList<BulkColumn> columns, CancellationToken cancellationToken)
    {
        var copy = new SqlBulkCopy(connection, Options, (SqlTransaction)Transaction)
        {
            DestinationTableName = sql.DelimitIdentifier(table, schema),
            BatchSize = BatchRows,
            BulkCopyTimeout = 0,
        };
        var buffer = new DataTable();
        foreach (var column in columns)
        {
            buffer.Columns.Add(column.Name, column.ProviderType == typeof(DateOnly) ? typeof(DateTime) : column.ProviderType);
            copy.ColumnMappings.Add(column.Name, column.Name);
        }
        return Task.FromResult<IBulkTableSink>(new Sink(copy, buffer));
    }

    private sealed class Sink(SqlBulkCopy copy, DataTable buffer) : IBulkTableSink
    {
        public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
        {
            buffer.Rows.Add(values.Select(ToDataTableValue).ToArray());
            if (buffer.Rows.Count >= BatchRows) await FlushAsync(cancellationToken);
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

        public ValueTask DisposeAsync()
        {
            ((IDisposable)copy).Dispose();
            buffer.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (buffer.Rows.Count == 0) return;
            await copy.WriteToServerAsync(buffer, cancellationToken);
            buffer.Clear();
        }

        // DataTable has no DateOnly support; SQL Server's date column takes the DateTime.
        private static object ToDataTableValue(object? value) => value switch
        {
            null => DBNull.Value,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            _ => value,
        };
    }
}
