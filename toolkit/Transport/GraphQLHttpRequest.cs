using GraphQL;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>A GraphQL request as read off the wire, before execution.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? DocumentId, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request the transport refuses before execution, with its HTTP status and error code.</summary>
public sealed class TransportException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
}
