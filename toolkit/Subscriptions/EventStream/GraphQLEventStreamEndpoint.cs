using System.Text;
using GraphQL;
using GraphQL.Types;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions.EventStream;

/// <summary>
/// GraphQL over Server-Sent Events in the distinct connections mode of the graphql-sse protocol: a POST (JSON body) or
/// GET (query parameters) that accepts <c>text/event-stream</c> runs its operation and streams each result as
/// <c>event: next</c> with the result as <c>data</c>, then <c>event: complete</c>; a subscription streams until its
/// source completes or the client disconnects. Comment lines keep an idle stream alive.
/// <para>
/// A request that is refused or cannot run is answered before any stream starts, exactly as GraphQL over HTTP answers
/// it: its status and a JSON body with the coded errors (the protocol would send those as a <c>next</c> event instead;
/// a status lets a client tell a refusal from a result without reading the stream). Each stream counts as a connection
/// of its caller (<see cref="SubscriptionOptions.MaxConnectionsPerCaller"/>; over it, 429 <c>RATE_LIMITED</c>).
/// </para>
/// </summary>
public sealed class GraphQLEventStreamEndpoint<TSchema>(StreamingServices<TSchema> services)
    where TSchema : ISchema
{
    public const string MediaType = "text/event-stream";

    /// <summary>Refusals go to clients that asked for an event stream, so they get the stricter of the two JSON types (400 for a document that cannot run).</summary>
    private const string RefusalMediaType = ResponseMediaType.GraphQLResponse;

    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    public static bool IsRequestedBy(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.Quality != 0 && a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            var request = await services.Reader.ReadAsync(http.Request, services.GraphQL.Value.MaxRequestBytes, http.RequestAborted);
            var caller = services.Callers.OfRequest(http);
            using var connection = services.Connections.TryOpen(caller.Partition) ?? throw services.Connections.Refusal();
            var allowed = new AllowedOperations(Mutations: HttpMethods.IsPost(http.Request.Method), Subscriptions: true);
            var result = await services.Runner.RunAsync(request, OperationContext.Of(http, allowed) with { Caller = caller });
            if (result.Streams?.Values.Single() is { } stream)
            {
                await StreamAsync(http, ResultStream.ReadAsync(stream, http.RequestAborted));
                return;
            }
            result = await services.Gate.BeforeResponseAsync(http.RequestServices, result, http.RequestAborted);
            if (GraphQLResponseWriter.StatusOf(result, RefusalMediaType) == StatusCodes.Status200OK)
                await StreamAsync(http, One(result));
            else
                await services.Responses.WriteAsync(http, result, RefusalMediaType);
        }
        catch (TransportException refused)
        {
            await services.Responses.WriteAsync(http, refused, RefusalMediaType);
        }
    }

    private async Task StreamAsync(HttpContext http, IAsyncEnumerable<ExecutionResult> results)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{MediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back until their buffer fills.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted);
        // Whatever ends the stream, the read in progress is stopped and waited for before the results are let go.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var pending = results.GetAsyncEnumerator(stop.Token);
        var next = pending.MoveNextAsync().AsTask();
        try
        {
            while (await ArrivedAsync(http, next))
            {
                await WriteAsync(http, Encoding.UTF8.GetBytes($"event: next\ndata: {services.Serializer.Serialize(pending.Current)}\n\n"));
                next = pending.MoveNextAsync().AsTask();
            }
            await WriteAsync(http, Complete);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected.
        }
        finally
        {
            await stop.CancelAsync();
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await pending.DisposeAsync();
        }
    }

    /// <summary>Whether the next result arrived (false at the end of the results), writing a comment each keep-alive interval until it does.</summary>
    private async Task<bool> ArrivedAsync(HttpContext http, Task<bool> next)
    {
        while (true)
        {
            try
            {
                return await next.WaitAsync(services.Options.Value.KeepAliveInterval);
            }
            catch (TimeoutException)
            {
                await WriteAsync(http, KeepAlive);
            }
        }
    }

    private static async Task WriteAsync(HttpContext http, byte[] bytes)
    {
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

#pragma warning disable CS1998 // One result, already there: the sequence needs no await.
    private static async IAsyncEnumerable<ExecutionResult> One(ExecutionResult result)
    {
        yield return result;
    }
#pragma warning restore CS1998
}
