using AngleSharp.Html.Parser;
using NetworkGraph.Api.Content;

namespace NetworkGraph.Tests.Content;

public sealed class MarkdownRendererTests
{
    private const string Rel = "rel=\"nofollow noopener noreferrer\"";
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly HashSet<string> AllowedTags =
    [
        "p", "br", "strong", "em", "a", "img", "ul", "ol", "li", "blockquote", "code", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
    ];

    public static TheoryData<string> HostileInputs() =>
    [
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> text",
        "<img src=x onerror=alert(1)>",
        "<div onclick=\"alert(1)\">raw block</div>",
        "inline <span onmouseover=alert(1)>html</span>",
        "<a href=\"javascript:alert(1)\">raw link</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<style>body { display: none }</style>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<\u0001javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "```html\n<script>alert(1)</script>\n```",
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_markdown_renders_inert(string markdown) => AssertInert(Renderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script><p>kept</p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"jav&#x61;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<svg onload=alert(1)><circle r=\"1\"/></svg>")]
    [InlineData("<p style=\"color: red\" class=\"x\" onclick=\"alert(1)\">styled</p>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"q\"></form>")]
    public void The_allow_list_alone_strips_hostile_html(string html) => AssertInert(HtmlAllowList.CreateSanitizer().Sanitize(html));

    private static void AssertInert(string html)
    {
        var body = new HtmlParser().ParseDocument(html).Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, new[] { "href", "title", "src", "alt", "rel" });
                if (attribute.Name is "href" or "src") Assert.Matches("^(https?://|mailto:|[^:]*$)", attribute.Value);
            }
        }
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "<p>x</p>")]
    [InlineData("[x](jav&#x61;script:alert(1))", "<p>x</p>")]
    [InlineData("![a cat](data:image/png;base64,AAAA)", "<p>a cat</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>")]
    public void Unsafe_links_keep_their_text_and_raw_html_shows_as_text(string markdown, string expected) =>
        Assert.Equal(expected, Renderer.ToSafeHtml(markdown).Trim());

    [Theory]
    [InlineData("# Free them", "<h1>Free them</h1>")]
    [InlineData("### Call to action", "<h3>Call to action</h3>")]
    [InlineData("*now* and **always**", "<p><em>now</em> and <strong>always</strong></p>")]
    [InlineData("> Quoted", "<blockquote>\n<p>Quoted</p>\n</blockquote>")]
    [InlineData("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>")]
    [InlineData("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>")]
    [InlineData("`code`", "<p><code>code</code></p>")]
    [InlineData("![A banner](https://example.org/banner.png)", "<p><img src=\"https://example.org/banner.png\" alt=\"A banner\"></p>")]
    public void Markdown_formatting_survives(string markdown, string expected) =>
        Assert.Equal(expected, Renderer.ToSafeHtml(markdown).Trim());

    [Theory]
    [InlineData("[Sign](https://example.org/sign \"The petition\")", "<a href=\"https://example.org/sign\" title=\"The petition\" " + Rel + ">Sign</a>")]
    [InlineData("[About us](/about#team)", "<a href=\"/about#team\" " + Rel + ">About us</a>")]
    [InlineData("[Write](mailto:team@example.org)", "<a href=\"mailto:team@example.org\" " + Rel + ">Write</a>")]
    [InlineData("<https://example.org/>", "<a href=\"https://example.org/\" " + Rel + ">https://example.org/</a>")]
    [InlineData("See www.example.org today", "<a href=\"http://www.example.org\" " + Rel + ">www.example.org</a>")]
    public void Safe_links_keep_their_address_and_get_rel(string markdown, string expectedLink) =>
        Assert.Contains(expectedLink, Renderer.ToSafeHtml(markdown));
}
