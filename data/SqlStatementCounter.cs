using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NetworkGraph.Data;

/// <summary>Counts the SQL statements the service sends, so that N+1 patterns show up in tests and benchmarks.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private long count;
    private string? lastQuery;

    public long Count => Interlocked.Read(ref count);

    /// <summary>The text of the latest query that read rows.</summary>
    public string? LastQuery => Volatile.Read(ref lastQuery);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountQuery(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountQuery(command);
        return ValueTask.FromResult(result);
    }

    private void CountQuery(DbCommand command)
    {
        Interlocked.Increment(ref count);
        Volatile.Write(ref lastQuery, command.CommandText);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}
