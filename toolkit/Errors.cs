using GraphQL;

namespace NetworkGraph.GraphQL;

/// <summary>Error codes clients can rely on; they appear as <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string MissingQuery = "MISSING_QUERY";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string MutationOverGet = "MUTATION_OVER_GET";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string RateLimited = "RATE_LIMITED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string Timeout = "TIMEOUT";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";
    public const string TooManyFragmentSpreads = "TOO_MANY_FRAGMENT_SPREADS";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string StreamRequired = "STREAM_REQUIRED";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string TooManyPendingEvents = "TOO_MANY_PENDING_EVENTS";
    public const string InternalError = "INTERNAL_ERROR";
}

/// <summary>An expected failure in a resolver: a coded GraphQL error, never a 500.</summary>
public sealed class CodedError : ExecutionError
{
    public CodedError(string code, string message) : base(message)
    {
        Code = code;
    }
}
