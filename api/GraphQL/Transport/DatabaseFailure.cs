using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace NetworkGraph.Api.GraphQL.Transport;

public static class DatabaseFailure
{
    public const string Message = "The database is not available; try again shortly.";

    /// <summary>
    /// The database cannot be reached (as opposed to a query failing): a transient provider error, SQLite unable to
    /// open its file, or EF Core giving up after its retries. Anything else is an internal error, not a 503.
    /// </summary>
    public static bool Is(Exception exception) =>
        exception is DbException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteCantOpen } or RetryLimitExceededException
        || exception.InnerException is { } inner && Is(inner);

    private const int SqliteCantOpen = 14;
}
