using NetworkGraph.Api.Access.Keys;

namespace NetworkGraph.Api.Access;

/// <summary>
/// The credential a caller presents, as <c>Authorization: Bearer …</c> or <c>X-Api-Key: …</c>: in request headers, or
/// in the payload of a subscription connection's <c>connection_init</c> under the same names.
/// </summary>
public static class PresentedCredential
{
    public const string KeyHeader = "X-Api-Key";
    private const string Bearer = "Bearer ";

    /// <summary>The credential presented (null for none), or why the values do not present one properly.</summary>
    public static (string? Credential, string? Refusal) From(IReadOnlyList<string?> authorization, IReadOnlyList<string?> apiKey)
    {
        if (authorization.Count + apiKey.Count > 1)
            return (null, $"Send one API key, in either Authorization or {KeyHeader}.");
        if (apiKey.Count == 1) return ((apiKey[0] ?? "").Trim(), null);
        if (authorization.Count == 0) return (null, null);
        var value = authorization[0] ?? "";
        return value.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? (value[Bearer.Length..].Trim(), null)
            : (null, $"Send an API key as 'Authorization: Bearer {ApiKeys.Scheme}…' or '{KeyHeader}: {ApiKeys.Scheme}…'; no other scheme is accepted.");
    }
}
