namespace NetworkGraph.Api.Hardening;

/// <summary>The Content-Security-Policy of API responses, and the one of the GraphiQL page and its files.</summary>
public static class ContentSecurityPolicies
{
    /// <summary>API responses are data, never documents: nothing may load or run, and nothing may frame them.</summary>
    public const string Api = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// The IDE page has no inline script: its module, stylesheet and Monaco's workers come from /graphql/ide on this
    /// origin, it posts to /graphql, and its fonts and icons are data: URLs in the stylesheet. Styles need
    /// 'unsafe-inline' because Monaco and GraphiQL write style elements and attributes while they run, whose content no
    /// hash can name; scripts get neither inline code nor eval.
    /// </summary>
    public const string Ide = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}
