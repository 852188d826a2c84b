using System.Globalization;
using StandardWebhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>One message to a webhook endpoint: its id (the same for every attempt to deliver it), when it is sent, and its JSON body.</summary>
public sealed record WebhookMessage(string Id, DateTimeOffset Timestamp, string Body);

/// <summary>The Standard Webhooks headers of a message.</summary>
public sealed record WebhookSignatureHeaders(string Id, string Timestamp, string Signature)
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
}

/// <summary>Signs messages as the Standard Webhooks specification says.</summary>
public static class WebhookSignatures
{
    /// <summary>
    /// The headers of a message signed with each secret (the current one and, while a rotation overlaps, the previous
    /// one): one <c>v1,</c> signature a secret, separated by spaces, so that a receiver that knows either secret accepts it.
    /// </summary>
    public static WebhookSignatureHeaders Sign(WebhookMessage message, IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0) throw new ArgumentException("A message is signed with at least one secret.", nameof(secrets));
        var signatures = secrets.Select(secret => new StandardWebhook(secret).Sign(message.Id, message.Timestamp, message.Body));
        return new WebhookSignatureHeaders(message.Id, message.Timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            string.Join(' ', signatures));
    }
}
