using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: POST application/json and GET (queries only), answered as
/// application/graphql-response+json or application/json by the Accept header. The application has its say through
/// <see cref="IDatabaseOutages"/> (which failures are a 503) and <see cref="IResponseGate"/> (the last word before a
/// response is written).
/// </summary>
public sealed class GraphQLHttpEndpoint<TSchema>(
    OperationRunner<TSchema> runner,
    GraphQLRequestReader reader,
    GraphQLResponseWriter responses,
    IResponseGate gate,
    IOptions<GraphQLOptions> options)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = ResponseMediaType.Choose(http.Request);
        try
        {
            var request = await reader.ReadAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            if (mediaType is null)
                throw new TransportException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            var allowed = new AllowedOperations(Mutations: HttpMethods.IsPost(http.Request.Method), Subscriptions: false);
            var result = await runner.RunAsync(request, OperationContext.Of(http, allowed));
            await responses.WriteAsync(http, await gate.BeforeResponseAsync(http.RequestServices, result, http.RequestAborted), mediaType);
        }
        catch (TransportException refused)
        {
            await responses.WriteAsync(http, refused, mediaType ?? ResponseMediaType.GraphQLResponse);
        }
    }
}
