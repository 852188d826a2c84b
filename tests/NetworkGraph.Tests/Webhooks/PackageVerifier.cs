using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// Verification by the StandardWebhooks package, one signature at a time: its <c>Verify</c> (1.1.2) compares only the
/// first of several space-separated signatures, so a message signed with two secrets is handed to it once for each.
/// </summary>
internal static class PackageVerifier
{
    /// <summary>The position of the one signature in the message's headers that the secret verifies; fails unless exactly one does.</summary>
    public static int VerifiedSignature(string secret, string body, IHeaderDictionary headers) => Assert.Single(VerifiedSignatures(secret, body, headers));

    /// <summary>The positions of the signatures in the message's headers that the secret verifies.</summary>
    public static List<int> VerifiedSignatures(string secret, string body, IHeaderDictionary headers)
    {
        var signatures = headers["webhook-signature"].ToString().Split(' ');
        return [.. Enumerable.Range(0, signatures.Length).Where(index => Verifies(secret, body, headers, signatures[index]))];
    }

    private static bool Verifies(string secret, string body, IHeaderDictionary headers, string signature)
    {
        var single = new HeaderDictionary(headers.ToDictionary()) { ["webhook-signature"] = signature };
        try
        {
            new StandardWebhook(secret).Verify(body, single);
            return true;
        }
        catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
        {
            return false;
        }
    }
}
