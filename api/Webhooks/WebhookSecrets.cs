using System.Security.Cryptography;

namespace NetworkGraph.Api.Webhooks;

/// <summary>Signing secrets in the Standard Webhooks form: <c>whsec_</c> and the base64 of the key's bytes.</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    private const int KeyBytes = 32;

    /// <summary>A new secret of 32 random bytes from the operating system's cryptographic generator.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
}
