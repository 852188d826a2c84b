using System.Security.Claims;
using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Where an operation runs: the services of its scope, its user, the kinds of operation the transport may run and the
/// token that tells the client has gone. <see cref="Caller"/> is set by the transports that stream a subscription's
/// events: each event runs as that caller in a scope of its own.
/// </summary>
public sealed record OperationContext(IServiceProvider Services, ClaimsPrincipal User, AllowedOperations Allowed, CancellationToken Aborted)
{
    public SubscriptionCaller? Caller { get; init; }

    /// <summary>An operation of an HTTP request, in the request's scope.</summary>
    public static OperationContext Of(HttpContext http, AllowedOperations allowed) => new(http.RequestServices, http.User, allowed, http.RequestAborted);
}

/// <summary>Besides queries, which every transport runs: whether it runs mutations (not over GET) and subscriptions (only where it can stream).</summary>
public readonly record struct AllowedOperations(bool Mutations, bool Subscriptions);
