using GraphQL;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>A request refused before GraphQL runs, answered as the endpoint answers its other refusals: a coded GraphQL error.</summary>
public static class CodedRefusal
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, CancellationToken cancellationToken)
    {
        var mediaType = ResponseMediaType.Choose(http.Request) ?? ResponseMediaType.GraphQLResponse;
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(new ExecutionError(message) { Code = code }), cancellationToken);
    }
}
