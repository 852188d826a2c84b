using System.Net;
using System.Text.RegularExpressions;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Hardening;

public sealed class ShortHstsApps() : AppFixture(new Dictionary<string, string> { ["SecurityHeaders:StrictTransportSecurity"] = "max-age=600; includeSubDomains" });

/// <summary>Every response carries the security headers; the GraphiQL page gets a Content-Security-Policy that lets exactly it run.</summary>
public sealed partial class SecurityHeadersTests(AppFixture apps, ShortHstsApps shortHsts, DevelopmentApps development, ProductionApps production)
    : IClassFixture<AppFixture>, IClassFixture<ShortHstsApps>, IClassFixture<DevelopmentApps>, IClassFixture<ProductionApps>
{
    private const string Html = "text/html";

    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite);

    public static TheoryData<string, string> Requests => new()
    {
        { "POST", "/graphql" },
        { "GET", "/graphql?query=%7B__typename%7D" },
        { "PUT", "/graphql" },
        { "GET", "/graphql/schema.graphql" },
        { "GET", "/health/live" },
        { "GET", "/no-such-page" },
    };

    /// <summary>The directives of a Content-Security-Policy, by name.</summary>
    private static Dictionary<string, string[]> Directives(string? policy) => (policy ?? "")
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(d => d[0], d => d[1..]);

    private static async Task<GraphQLResponse> RequestAsync(NetworkGraphApp app, string method, string path)
    {
        if (method == "POST") return await app.QueryAsync("{ __typename }");
        using var client = app.AnonymousClient();
        return await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
    }

    private static Task<GraphQLResponse> IdePageAsync(NetworkGraphApp app) =>
        app.SendAsync(new GraphQLRequest { Method = HttpMethod.Get, Accept = "text/html,application/xhtml+xml" });

    private static void AssertCommonHeaders(GraphQLResponse answer)
    {
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", answer.Header("Referrer-Policy"));
        Assert.Equal("DENY", answer.Header("X-Frame-Options"));
        var policy = Directives(answer.Header("Content-Security-Policy"));
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_carries_the_security_headers_and_forbids_all_content(string method, string path)
    {
        var answer = await RequestAsync(await App(), method, path);
        AssertCommonHeaders(answer);
        Assert.Equal("max-age=31536000", answer.Header("Strict-Transport-Security"));
        Assert.NotEqual(Html, answer.MediaType);
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["default-src"] = ["'none'"], ["frame-ancestors"] = ["'none'"], ["base-uri"] = ["'none'"], ["form-action"] = ["'none'"],
            },
            Directives(answer.Header("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_ide_page_policy_allows_the_scripts_and_styles_the_page_loads_and_no_inline_script()
    {
        var page = await IdePageAsync(await App());
        Assert.Equal(Html, page.MediaType);
        AssertCommonHeaders(page);
        var policy = Directives(page.Header("Content-Security-Policy"));

        // Scripts only from this origin: every script element names its file under /graphql/ide, none has inline code,
        // no element has an event handler attribute, and eval is not allowed.
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["worker-src"]);
        foreach (Match script in ScriptElement().Matches(page.Body))
        {
            Assert.StartsWith("/graphql/ide/", script.Groups["src"].Value);
            Assert.Equal("", script.Groups["body"].Value.Trim());
        }
        Assert.DoesNotMatch(EventHandlerAttribute(), page.Body);

        // Styles from this origin, and inline ones: the page's own style element, or those GraphiQL writes as it runs.
        Assert.Equal(["'self'", "'unsafe-inline'"], policy["style-src"]);
        foreach (Match stylesheet in StylesheetLink().Matches(page.Body))
            Assert.StartsWith("/graphql/ide/", stylesheet.Groups["href"].Value);

        // GraphiQL posts to the endpoint on this origin; its fonts and icons are data: URLs.
        Assert.Equal(["'self'"], policy["connect-src"]);
        Assert.Equal(["data:"], policy["font-src"]);
        Assert.Equal(["data:"], policy["img-src"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        Assert.Equal(["'none'"], policy["form-action"]);
    }

    [Fact]
    public async Task The_ide_files_carry_the_page_policy_so_that_its_workers_may_run()
    {
        var app = await App();
        var page = await IdePageAsync(app);
        // Built without Node.js, the page names no files and says what is missing.
        var files = ScriptElement().Matches(page.Body).Select(m => m.Groups["src"].Value)
            .Concat(StylesheetLink().Matches(page.Body).Select(m => m.Groups["href"].Value)).ToList();
        using var client = app.AnonymousClient();
        foreach (var file in files)
        {
            var answer = await client.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            AssertCommonHeaders(answer);
            Assert.Equal(page.Header("Content-Security-Policy"), answer.Header("Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_outside_development_only()
    {
        Assert.Equal("max-age=31536000", (await production.App.QueryAsync("{ __typename }")).Header("Strict-Transport-Security"));
        foreach (var answer in new[] { await development.App.QueryAsync("{ __typename }"), await IdePageAsync(development.App) })
        {
            AssertCommonHeaders(answer);
            Assert.Null(answer.Header("Strict-Transport-Security"));
        }
    }

    [Fact]
    public async Task Strict_transport_security_is_configured()
    {
        using var client = (await shortHsts.For(DatabaseProvider.Sqlite)).AnonymousClient();
        var answer = await client.GetAsync("/health/live");
        Assert.Equal("max-age=600; includeSubDomains", answer.Header("Strict-Transport-Security"));
    }

    [GeneratedRegex("""<script\b(?:[^>]*\bsrc="(?<src>[^"]*)")?[^>]*>(?<body>.*?)</script>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("""<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(?<href>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("""<[a-z][^>]*\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
