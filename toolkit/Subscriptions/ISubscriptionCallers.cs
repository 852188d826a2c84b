using System.Security.Claims;
using System.Text.Json;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>
/// What the subscription transports ask the application about callers: who a connection's caller is, and how to make a
/// new service scope act as that caller. The toolkit never looks inside a caller.
/// </summary>
public interface ISubscriptionCallers
{
    /// <summary>The caller a request's headers made (authenticated before the endpoint runs); anonymous when it sent none.</summary>
    SubscriptionCaller OfRequest(HttpContext http);

    /// <summary>
    /// The caller of a WebSocket connection by the payload of its <c>connection_init</c> (null when it has none) and the
    /// upgrade request; a payload without credentials leaves the caller the request made.
    /// </summary>
    Task<ConnectionCaller> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken);

    /// <summary>Makes a new scope act as the caller, as authentication makes a request's scope.</summary>
    void Enter(SubscriptionCaller caller, IServiceProvider scope);
}

/// <summary>
/// A connection's caller: the application's own record of it, its user for GraphQL, and the name of the partition its
/// connections are counted in (<see cref="SubscriptionOptions.MaxConnectionsPerCaller"/>).
/// </summary>
public sealed record SubscriptionCaller(object Identity, ClaimsPrincipal User, string Partition)
{
    private const string Key = "NetworkGraph.SubscriptionCaller";

    /// <summary>Carries the caller in an operation's user context, from which each of its events takes it.</summary>
    public void AddTo(IDictionary<string, object?> userContext) => userContext[Key] = this;

    public static SubscriptionCaller From(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var caller) && caller is SubscriptionCaller known
            ? known
            : throw new InvalidOperationException("A subscription ran without a caller: only the streaming transports run subscriptions.");
}

/// <summary>The answer to a <c>connection_init</c>: a caller, or why the connection is refused.</summary>
public abstract record ConnectionCaller
{
    public sealed record Accepted(SubscriptionCaller Caller) : ConnectionCaller;

    /// <summary>The credentials are not valid: the connection is closed with 4403 and the reason.</summary>
    public sealed record Forbidden(string Reason) : ConnectionCaller;

    /// <summary>The credentials cannot be checked now (the database is away): the connection is closed with 1013, try again later.</summary>
    public sealed record Unavailable(string Reason) : ConnectionCaller;
}
