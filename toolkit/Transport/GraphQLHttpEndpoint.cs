using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.TrustedDocuments;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: POST application/json and GET (queries only), answered as
/// application/graphql-response+json or application/json by the Accept header. The application has its say through
/// <see cref="IDatabaseOutages"/> (which failures are a 503) and <see cref="IResponseGate"/> (the last word before a
/// response is written).
/// </summary>
public sealed class GraphQLHttpEndpoint<TSchema>(
    IDocumentExecuter<TSchema> executer,
    IGraphQLSerializer serializer,
    GraphQLRequestReader reader,
    DocumentCache documents,
    TrustedDocumentPolicy trustedDocuments,
    IDatabaseOutages outages,
    IResponseGate gate,
    IOptions<GraphQLOptions> options)
    where TSchema : ISchema
{
    /// <summary>
    /// What a document that was validated before still needs: the rules that look at a request's variables (field
    /// argument validators here; the operation limits are added by <see cref="Limits.OperationCost.AddOperationLimits"/>).
    /// </summary>
    private static readonly IValidationRule[] RulesForValidatedDocuments = [FieldArgumentsAreValidRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = ResponseMediaType.Choose(http.Request);
        try
        {
            var request = await ReadAsync(http);
            if (mediaType is null)
                throw new TransportException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            var result = await gate.BeforeResponseAsync(http, await ExecuteAsync(http, request));
            var status = StatusOf(result, mediaType);
            await WriteAsync(http, status, mediaType, result);
        }
        catch (TransportException refused)
        {
            if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = refused.Code == ErrorCodes.MutationOverGet ? "POST" : "GET, POST";
            var error = new ExecutionError(refused.Message) { Code = refused.Code };
            await WriteAsync(http, refused.StatusCode, mediaType ?? ResponseMediaType.GraphQLResponse, new ExecutionResult(error));
        }
    }

    private async Task<GraphQLHttpRequest> ReadAsync(HttpContext http)
    {
        if (HttpMethods.IsPost(http.Request.Method))
            return await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (HttpMethods.IsGet(http.Request.Method))
            return reader.ReadGet(http.Request);
        throw new TransportException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            $"The method {http.Request.Method} is not allowed; use GET or POST.");
    }

    /// <summary>
    /// Runs the request's operation. Its time (GraphQL:Timeout) runs from before the document is parsed, so parsing and
    /// validation count as much as execution: the executer stops at its next step once the time is up.
    /// </summary>
    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request)
    {
        var query = trustedDocuments.QueryOf(http, request);
        if (string.IsNullOrWhiteSpace(query))
            throw new TransportException(StatusCodes.Status400BadRequest, ErrorCodes.MissingQuery, "The request has no 'query' or 'documentId'.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(options.Value.Timeout);
        try
        {
            return await ExecuteAsync(http, request, query, documents.Get(query), deadline.Token);
        }
        catch (DocumentRefusedException refused)
        {
            return NotExecuted(refused.Code, refused.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return NotExecuted(ErrorCodes.Timeout, $"The operation took longer than {options.Value.Timeout.TotalSeconds:0.###} s and was stopped.");
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request, string query, CachedDocument? cached,
        CancellationToken cancellationToken)
    {
        if (cached is not null && HttpMethods.IsGet(http.Request.Method) && IsMutation(cached.Document, request.OperationName))
            throw new TransportException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MutationOverGet,
                "Mutations must be sent with POST.");

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = cached?.Document,
            ValidationRules = cached is { Validated: true } ? RulesForValidatedDocuments : null,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = context =>
            {
                if (outages.IsOutage(context.OriginalException))
                    context.Exception = new ExecutionError(IDatabaseOutages.Message) { Code = ErrorCodes.DatabaseUnavailable };
                return Task.CompletedTask;
            },
        });
        // An operation ran, so the document passed every rule.
        if (cached is not null && result.Executed) cached.Validated = true;
        return result;
    }

    /// <summary>A request that failed before its operation could run: no data, and a 400 for clients that accept graphql-response+json.</summary>
    private static ExecutionResult NotExecuted(string code, string message) => new(new ExecutionError(message) { Code = code }) { Executed = false };

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (!result.Executed)
            return mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.DatabaseUnavailable) == true)
            return StatusCodes.Status503ServiceUnavailable;
        return StatusCodes.Status200OK;
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
