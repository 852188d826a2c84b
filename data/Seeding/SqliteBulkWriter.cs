using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NetworkGraph.Data.Seeding;

/// <summary>SQLite: one prepared, parameterised INSERT per table, executed for every row inside the transaction.</summary>
internal sealed class SqliteBulkWriter(DatabaseFacade database, DbConnection connection, ISqlGenerationHelper sql, TextWriter log)
    : BulkWriter(database, log)
{
    protected override Task<IBulkTableSink> OpenTableAsync(string table, string? schema, IReadOnlyList<BulkColumn> columns, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        // EF Core's type mappings configure each parameter as EF itself would, e.g. GUIDs as text.
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        return Task.FromResult<IBulkTableSink>(new Sink(command, parameters));
    }

    private sealed class Sink(DbCommand command, DbParameter[] parameters) : IBulkTableSink
    {
        public ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
        {
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            // SQLite runs in-process: the synchronous call avoids an async state machine per row.
            command.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
