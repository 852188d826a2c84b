namespace NetworkGraph.GraphQL.Transport;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. A request without an Accept header, or
    /// one that accepts anything (<c>*/*</c>, <c>application/*</c>), is answered with application/json, as the
    /// specification recommends for clients that may not know the newer type; naming it is how a client asks for it.
    /// </summary>
    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.Quality == 0) continue;
            var type = candidate.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
            if (type is "*/*" or "application/*") return Json;
        }
        return null;
    }

    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
