using System.Text.Json;
using NetworkGraph.Api.Hardening;
using NetworkGraph.GraphQL.Subscriptions;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Subscriptions;

/// <summary>
/// The callers of subscription connections, checked as requests are (<see cref="CredentialVerifier"/>). A WebSocket
/// client sends its credential in the <c>connection_init</c> payload as <c>{ "authorization": "Bearer ng_…" }</c> (an
/// API key, or a JWT when those are enabled) or <c>{ "x-api-key": "ng_…" }</c>, names matched without regard to case;
/// a client that can set headers may send them on the upgrade request instead, but not both. No credential makes an
/// anonymous caller. An event stream's caller is the one its request headers made.
/// </summary>
public sealed class SubscriptionCallers(CredentialVerifier credentials) : ISubscriptionCallers
{
    public SubscriptionCaller OfRequest(HttpContext http)
    {
        var viewer = http.RequestServices.GetRequiredService<CurrentViewer>().Viewer;
        return new SubscriptionCaller(viewer, http.User, CallerPartition.NameOf(viewer, http.Connection.RemoteIpAddress));
    }

    public async Task<ConnectionCaller> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        var (presented, refusal) = PresentedCredential.From(ValuesOf(payload, "authorization"), ValuesOf(payload, PresentedCredential.KeyHeader));
        if (refusal is not null) return new ConnectionCaller.Forbidden(refusal);
        var requestCaller = OfRequest(upgrade);
        if (presented is null) return new ConnectionCaller.Accepted(requestCaller);
        if (!((Viewer)requestCaller.Identity).IsAnonymous)
            return new ConnectionCaller.Forbidden("Send credentials in the upgrade request's headers or in connection_init, not both.");
        return await credentials.VerifyAsync(upgrade, presented) switch
        {
            CredentialCheck.Verified verified => new ConnectionCaller.Accepted(
                new SubscriptionCaller(verified.Viewer, verified.Principal, CallerPartition.NameOf(verified.Viewer, upgrade.Connection.RemoteIpAddress))),
            CredentialCheck.Refused refused => new ConnectionCaller.Forbidden(refused.Reason),
            _ => new ConnectionCaller.Unavailable(IDatabaseOutages.Message),
        };
    }

    public void Enter(SubscriptionCaller caller, IServiceProvider scope) =>
        scope.GetRequiredService<CurrentViewer>().Viewer = (Viewer)caller.Identity;

    /// <summary>The payload's string values of the name, in any case; a value that is not a string presents nothing usable.</summary>
    private static List<string?> ValuesOf(JsonElement? payload, string name) =>
        payload is { } members
            ? [.. members.EnumerateObject().Where(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(m => m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString() : "")]
            : [];
}
