using AngleSharp.Dom;
using Ganss.Xss;

namespace NetworkGraph.Api.Content;

/// <summary>
/// The second line of defence behind <see cref="MarkdownRenderer"/>: only these tags, attributes and URL schemes
/// survive (no style, no classes, no event handlers), and every link gets <c>rel="nofollow noopener noreferrer"</c>.
/// </summary>
public static class HtmlAllowList
{
    public const string LinkRel = "nofollow noopener noreferrer";

    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "a", "img", "ul", "ol", "li", "blockquote", "code", "pre",
                "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "src", "alt" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link) link.SetAttribute("rel", LinkRel);
        };
        return sanitizer;
    }
}
