namespace NetworkGraph.Api.Hardening;

/// <summary>Settings of the security headers on every response, bound from the "SecurityHeaders" configuration section.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>The Strict-Transport-Security header sent outside Development; empty sends none.</summary>
    public string StrictTransportSecurity { get; set; } = "max-age=31536000";
}
