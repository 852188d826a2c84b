using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.Primitives;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Reads GraphQL requests: POST with an application/json body, GET with query parameters, or the JSON object of a
/// request that came another way (the payload of a WebSocket message).
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLSerializer serializer)
{
    /// <summary>The request a POST or GET sends; any other method is refused with 405.</summary>
    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsPost(request.Method))
            return await ReadPostAsync(request, maxBytes, cancellationToken);
        if (HttpMethods.IsGet(request.Method))
            return ReadGet(request);
        throw new TransportException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            $"The method {request.Method} is not allowed; use GET or POST.");
    }

    private async Task<GraphQLHttpRequest> ReadPostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
            throw new TransportException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "A GraphQL POST request must have the content type application/json.");
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        var body = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new TransportException(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request body is not valid JSON.");
        }
        using (json)
            return Read(json.RootElement);
    }

    /// <summary>A request given as a JSON object with <c>query</c> or <c>documentId</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>.</summary>
    public GraphQLHttpRequest Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw Invalid("The request must be a JSON object with a 'query' or 'documentId' member.");
        return new GraphQLHttpRequest(
            OptionalString(root, "query"),
            OptionalString(root, "documentId"),
            OptionalString(root, "operationName"),
            OptionalMap(root, "variables"),
            OptionalMap(root, "extensions"));
    }

    private GraphQLHttpRequest ReadGet(HttpRequest request) => new(
        Single(request.Query, "query"),
        Single(request.Query, "documentId"),
        Single(request.Query, "operationName"),
        MapFromParameter(request.Query, "variables"),
        MapFromParameter(request.Query, "extensions"));

    public static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"'{name}' must be a string.");

    private Inputs? OptionalMap(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value)
        : throw Invalid($"'{name}' must be a JSON object.");

    private Inputs? MapFromParameter(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? serializer.ReadNode<Inputs>(json.RootElement)
                : throw Invalid($"The '{name}' parameter must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new TransportException(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, $"The '{name}' parameter is not valid JSON.");
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw Invalid($"The '{name}' parameter is given more than once."),
        };
    }

    private static TransportException Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    private static TransportException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");
}
