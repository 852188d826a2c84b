using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Health;

/// <summary>
/// The database cannot be reached (as opposed to a query failing): a transient provider error, SQLite unable to open
/// its file, or EF Core giving up after its retries. Anything else is an internal error, not a 503.
/// </summary>
public sealed class DatabaseOutages : IDatabaseOutages
{
    private const int SqliteCantOpen = 14;

    public static bool Is(Exception exception) =>
        exception is DbException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteCantOpen } or RetryLimitExceededException
        || exception.InnerException is { } inner && Is(inner);

    bool IDatabaseOutages.IsOutage(Exception exception) => Is(exception);
}
