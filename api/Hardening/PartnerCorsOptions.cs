namespace NetworkGraph.Api.Hardening;

/// <summary>The partner sites whose browser frontends may call the API, bound from the "Cors" configuration section.</summary>
public sealed class PartnerCorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://partner.example</c>; none means browsers get no CORS headers at all.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
