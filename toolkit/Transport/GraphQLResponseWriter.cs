using GraphQL;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>Writes a result, or a request refused before it ran, as a GraphQL-over-HTTP response: status, media type and JSON body.</summary>
public sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    public Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType) =>
        WriteAsync(http, StatusOf(result, mediaType), mediaType, result);

    public Task WriteAsync(HttpContext http, TransportException refused, string mediaType)
    {
        if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed)
            http.Response.Headers.Allow = refused.Code == ErrorCodes.MutationOverGet ? "POST" : "GET, POST";
        return WriteAsync(http, refused.StatusCode, mediaType, new ExecutionResult(new ExecutionError(refused.Message) { Code = refused.Code }));
    }

    /// <summary>
    /// 200 for a result that ran; 503 when the database was not available; and for a request that could not run, 400 for
    /// clients that accept graphql-response+json and 200 for the others, as the GraphQL-over-HTTP specification says.
    /// </summary>
    public static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (!result.Executed)
            return mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.DatabaseUnavailable) == true)
            return StatusCodes.Status503ServiceUnavailable;
        return StatusCodes.Status200OK;
    }

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
