using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NetworkGraph.Data.Seeding;

/// <summary>PostgreSQL: binary COPY per table; statistics are refreshed afterwards so the first queries get good plans.</summary>
internal sealed class NpgsqlBulkWriter(DatabaseFacade database, NpgsqlConnection connection, ISqlGenerationHelper sql, TextWriter log)
    : BulkWriter(database, log)
{
    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        await base.CommitAsync(cancellationToken);
        await using var analyse = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 };
        await analyse.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task<IBulkTableSink> OpenTableAsync(string table, string? schema, IReadOnlyList<BulkColumn> columns, CancellationToken cancellationToken)
    {
        var copy = $"COPY {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        return new Sink(await connection.BeginBinaryImportAsync(copy, cancellationToken));
    }

    private sealed class Sink(NpgsqlBinaryImporter importer) : IBulkTableSink
    {
        public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var value in values)
            {
                if (value is null) await importer.WriteNullAsync(cancellationToken);
                else await importer.WriteAsync(value, cancellationToken);
            }
        }

        public async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

        public ValueTask DisposeAsync() => importer.DisposeAsync();
    }
}
