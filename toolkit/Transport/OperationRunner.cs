using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.TrustedDocuments;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Runs one operation as every transport does (HTTP, Server-Sent Events, WebSocket): the trusted document the request
/// names or its own query, the document cache and its size limits, the validation rules and operation limits, the time
/// limit and <see cref="IDatabaseOutages"/>. A request refused before anything runs throws a
/// <see cref="TransportException"/>; a document that cannot run is a result that was not executed.
/// </summary>
public sealed class OperationRunner<TSchema>(
    IDocumentExecuter<TSchema> executer,
    DocumentCache documents,
    TrustedDocumentPolicy trustedDocuments,
    IDatabaseOutages outages,
    IOptions<GraphQLOptions> options)
    where TSchema : ISchema
{
    /// <summary>
    /// What a document that was validated before still needs: the rules that look at a request's variables (field
    /// argument validators here; the operation limits are added by <see cref="Limits.OperationCost.AddOperationLimits"/>).
    /// </summary>
    private static readonly IValidationRule[] RulesForValidatedDocuments = [FieldArgumentsAreValidRule.Instance];

    /// <summary>
    /// Runs the request's operation. Its time (GraphQL:Timeout) runs from before the document is parsed, so parsing and
    /// validation count as much as execution: the executer stops at its next step once the time is up. For a
    /// subscription the time ends when its stream is set up; its events are not limited by it.
    /// </summary>
    public async Task<ExecutionResult> RunAsync(GraphQLHttpRequest request, OperationContext context)
    {
        var query = trustedDocuments.QueryOf(context.Services, request);
        if (string.IsNullOrWhiteSpace(query))
            throw new TransportException(StatusCodes.Status400BadRequest, ErrorCodes.MissingQuery, "The request has no 'query' or 'documentId'.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.Aborted);
        deadline.CancelAfter(options.Value.Timeout);
        try
        {
            return await ExecuteAsync(request, query, documents.Get(query), context, deadline.Token);
        }
        catch (DocumentRefusedException refused)
        {
            return NotExecuted(refused.Code, refused.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.Aborted.IsCancellationRequested)
        {
            return NotExecuted(ErrorCodes.Timeout, $"The operation took longer than {options.Value.Timeout.TotalSeconds:0.###} s and was stopped.");
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, string query, CachedDocument? cached, OperationContext context,
        CancellationToken cancellationToken)
    {
        if (cached is not null) RefuseUnlessAllowed(OperationTypeOf(cached.Document, request.OperationName), context.Allowed);
        var execution = new ExecutionOptions
        {
            Query = query,
            Document = cached?.Document,
            ValidationRules = cached is { Validated: true } ? RulesForValidatedDocuments : null,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.Services,
            User = context.User,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = unhandled =>
            {
                if (outages.IsOutage(unhandled.OriginalException))
                    unhandled.Exception = new ExecutionError(IDatabaseOutages.Message) { Code = ErrorCodes.DatabaseUnavailable };
                return Task.CompletedTask;
            },
        };
        context.Caller?.AddTo(execution.UserContext);
        var result = await executer.ExecuteAsync(execution);
        // An operation ran, so the document passed every rule.
        if (cached is not null && result.Executed) cached.Validated = true;
        return result;
    }

    /// <summary>A request that failed before its operation could run: no data, and a 400 for clients that accept graphql-response+json.</summary>
    private static ExecutionResult NotExecuted(string code, string message) => new(new ExecutionError(message) { Code = code }) { Executed = false };

    private static void RefuseUnlessAllowed(OperationType? operation, AllowedOperations allowed)
    {
        if (operation == OperationType.Mutation && !allowed.Mutations)
            throw new TransportException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MutationOverGet, "Mutations must be sent with POST.");
        if (operation == OperationType.Subscription && !allowed.Subscriptions)
            throw new TransportException(StatusCodes.Status400BadRequest, ErrorCodes.StreamRequired,
                "A subscription needs a stream: open a WebSocket with the graphql-transport-ws protocol, or send 'Accept: text/event-stream'.");
    }

    /// <summary>The type of the operation the request selects; null when the name selects none (the executer reports that).</summary>
    private static OperationType? OperationTypeOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation;
    }
}
