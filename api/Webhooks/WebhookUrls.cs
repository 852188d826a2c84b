using System.Net;

namespace NetworkGraph.Api.Webhooks;

/// <summary>Why a webhook URL is refused; each is a distinct error for whoever creates or edits a webhook.</summary>
public enum WebhookUrlProblem
{
    NotAbsolute,
    UnsupportedScheme,
    HasCredentials,
    TooLong,
    NotPublicTarget,
}

public sealed record WebhookUrlRefusal(WebhookUrlProblem Problem, string Message);

/// <summary>
/// The check of a webhook URL when it is entered. It looks at the URL alone and resolves no name: whatever a name
/// resolves to is checked again when each attempt connects.
/// </summary>
public static class WebhookUrls
{
    public const int MaxLength = 2000;

    /// <summary>Why the URL cannot be a webhook's target, or null when it can.</summary>
    public static WebhookUrlRefusal? Check(string url, bool allowPrivateTargets)
    {
        if (url.Length > MaxLength)
            return new(WebhookUrlProblem.TooLong, $"A webhook URL is at most {MaxLength} characters long.");
        // The URL must name its scheme: a bare path such as "/hooks" would otherwise parse as a file URI.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            return new(WebhookUrlProblem.NotAbsolute, "A webhook URL is absolute, e.g. \"https://partner.example/hooks\".");
        if (uri.Scheme is not ("https" or "http"))
            return new(WebhookUrlProblem.UnsupportedScheme, "A webhook URL starts with https:// or http://.");
        if (uri.UserInfo.Length > 0)
            return new(WebhookUrlProblem.HasCredentials, "A webhook URL holds no user name or password; the signature authenticates each delivery.");
        if (!allowPrivateTargets && NotPublicKind(uri) is { } kind)
            return new(WebhookUrlProblem.NotPublicTarget, $"A webhook cannot target {uri.Host}, which is not a public address ({kind}).");
        return null;
    }

    private static string? NotPublicKind(Uri uri)
    {
        if (uri.IsLoopback) return "loopback";
        return IPAddress.TryParse(uri.IdnHost, out var address) ? WebhookTargetAddresses.NotPublicKind(address) : null;
    }
}
