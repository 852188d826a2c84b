using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// GraphiQL for browsers at GET /graphql. Its script is bundled from npm at build time and served from
/// this service; when Node.js was missing at build time the page says so instead.
/// </summary>
public sealed class IdePage(IWebHostEnvironment environment)
{
    private readonly Lazy<string> html = new(() => Load(
        File.Exists(Path.Combine(environment.ContentRootPath, "wwwroot", "graphiql", "graphiql.js")) ? "graphiql.html" : "missing.html"));

    public static bool IsRequestedBy(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && ResponseMediaType.WantsHtml(request);

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.Value, http.RequestAborted);
    }

    private static string Load(string name)
    {
        using var stream = typeof(IdePage).Assembly.GetManifestResourceStream($"ide.{name}")
            ?? throw new InvalidOperationException($"The IDE page {name} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
