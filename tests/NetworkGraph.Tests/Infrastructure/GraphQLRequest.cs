using System.Text;
using System.Text.Json;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// One GraphQL-over-HTTP request: a query (or mutation) or a trusted document's ID, with its variables, sent by POST
/// (a JSON body) or GET (URL parameters) with the Accept header and any other headers given.
/// </summary>
public sealed record GraphQLRequest
{
    public string? Query { get; init; }

    /// <summary>The ID of a trusted document (schema/operations), sent instead of a query.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public object? Variables { get; init; }

    public HttpMethod Method { get; init; } = HttpMethod.Post;

    /// <summary>The Accept header; null sends none, as legacy clients do.</summary>
    public string? Accept { get; init; } = GraphQLResponse.GraphQLJson;

    public (string Name, string Value)[] Headers { get; init; } = [];

    public HttpRequestMessage ToHttpRequest()
    {
        var request = Method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql" + UrlParameters())
            : new HttpRequestMessage(Method, "/graphql") { Content = JsonBody() };
        if (Accept is not null) request.Headers.TryAddWithoutValidation("Accept", Accept);
        return WithHeaders(request, Headers);
    }

    public static HttpRequestMessage WithHeaders(HttpRequestMessage request, (string Name, string Value)[] headers)
    {
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private StringContent JsonBody() => new(
        JsonSerializer.Serialize(new { query = Query, documentId = DocumentId, operationName = OperationName, variables = Variables }),
        Encoding.UTF8, "application/json");

    private string UrlParameters()
    {
        var parameters = new (string Name, string? Value)[]
        {
            ("query", Query), ("documentId", DocumentId), ("operationName", OperationName),
            ("variables", Variables is null ? null : JsonSerializer.Serialize(Variables)),
        };
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
