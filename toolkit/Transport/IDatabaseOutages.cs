namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Tells an exception that means the database cannot be reached (answered with 503 and <c>DATABASE_UNAVAILABLE</c>)
/// from one that is a fault of the service (an internal error).
/// </summary>
public interface IDatabaseOutages
{
    const string Message = "The database is not available; try again shortly.";

    bool IsOutage(Exception exception);
}
