using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NetworkGraph.Data;

/// <summary>
/// Counts the SQL statements the service sends for its callers, so that N+1 patterns show up in tests and benchmarks.
/// Background work that runs on a timer (the scheduler, the network's poll of the change log) is left out: it would
/// land at random inside a count.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> InBackground = new();

    private long count;
    private string? lastQuery;

    public long Count => Interlocked.Read(ref count);

    /// <summary>Leaves the statements of the calling async flow uncounted: called first thing by a background service.</summary>
    public static void LeaveOutThisBackgroundWork() => InBackground.Value = true;

    /// <summary>The text of the latest query that read rows.</summary>
    public string? LastQuery => Volatile.Read(ref lastQuery);

    /// <summary>
    /// Counts a query the service runs on its context's connection without EF (which would call this interceptor): the
    /// counter of the context's options, if it has one.
    /// </summary>
    public static void CountDirect(DbContext db, DbCommand command) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqlStatementCounter>().FirstOrDefault()?.CountQuery(command);

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
        if (InBackground.Value) return;
        Interlocked.Increment(ref count);
        Volatile.Write(ref lastQuery, command.CommandText);
    }

    private void CountStatement()
    {
        if (!InBackground.Value) Interlocked.Increment(ref count);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        CountStatement();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountStatement();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CountStatement();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountStatement();
        return ValueTask.FromResult(result);
    }
}
