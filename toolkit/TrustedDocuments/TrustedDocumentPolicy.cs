using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.TrustedDocuments;

/// <summary>
/// Turns a request's <c>documentId</c> into the trusted document's text, and refuses a plain query where trusted
/// documents are mandatory. The transport resolves the ID before execution, so a trusted document is parsed, cached,
/// validated and limited like any query; GraphQL.NET's <c>UsePersistedDocuments</c> would answer from inside the
/// executer with its own error codes and statuses instead of the transport's.
/// </summary>
public sealed class TrustedDocumentPolicy(TrustedDocumentStore store, IRequestCaller caller, IOptions<GraphQLOptions> options)
{
    /// <summary>The query text to run: the trusted document the request names, else its own query (null when it has none).</summary>
    public string? QueryOf(IServiceProvider requestServices, GraphQLHttpRequest request)
    {
        if (request.DocumentId is { } documentId)
        {
            if (request.Query is not null)
                throw Refused(ErrorCodes.InvalidRequest, "Send either 'query' or 'documentId', not both.");
            return store.Documents.TryGetValue(documentId, out var query)
                ? query
                : throw Refused(ErrorCodes.PersistedDocumentNotFound, "No trusted document has this 'documentId'.");
        }
        if (RequiresTrustedDocument(requestServices))
            throw Refused(ErrorCodes.PersistedDocumentRequired, options.Value.TrustedDocumentsOnly
                ? "This endpoint runs trusted documents only: send a 'documentId' instead of a 'query'."
                : "Without an API key this endpoint runs trusted documents only: send a 'documentId' instead of a 'query'.");
        return request.Query;
    }

    /// <summary>
    /// Whether the caller may run trusted documents only: every caller with <c>TrustedDocumentsOnly</c>, callers without
    /// credentials with <c>TrustedDocumentsOnlyForAnonymous</c>.
    /// </summary>
    public bool RequiresTrustedDocument(IServiceProvider requestServices) =>
        options.Value.TrustedDocumentsOnly
        || options.Value.TrustedDocumentsOnlyForAnonymous && caller.IsAnonymous(requestServices);

    private static TransportException Refused(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
