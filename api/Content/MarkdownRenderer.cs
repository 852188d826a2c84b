using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NetworkGraph.Api.Content;

/// <summary>
/// Renders curated Markdown to HTML that is safe to embed. Raw HTML in the Markdown is escaped as text; a link,
/// image or autolink to anything but an http, https, mailto or relative address keeps only its text; and the
/// result then passes <see cref="HtmlAllowList"/>. Thread-safe: register once.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseAutoLinks().Build();
    private readonly HtmlSanitizer sanitizer = HtmlAllowList.CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList()) Unwrap(link);
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafe(l.Url)).ToList()) link.ReplaceBy(new LiteralInline(link.Url));
        return sanitizer.Sanitize(Markdown.ToHtml(document, pipeline));
    }

    /// <summary>
    /// Relative addresses and the safe schemes pass. Whatever precedes the first colon is taken as a scheme unless
    /// a '/', '?' or '#' comes first, so an address a browser might still read as "java script:" is refused too.
    /// </summary>
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0 && pathStart < colon) return true;
        return SafeSchemes.Contains(url[..colon], StringComparer.OrdinalIgnoreCase);
    }

    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }
}
