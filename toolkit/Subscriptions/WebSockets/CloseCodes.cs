using System.Text;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol, and the standard ones this service also closes with.</summary>
public static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>RFC 6455: the socket's purpose is done.</summary>
    public const int NormalClosure = 1000;

    /// <summary>RFC 6455: the caller has as many connections open as it may.</summary>
    public const int PolicyViolation = 1008;

    /// <summary>RFC 6455: a message over the size limit.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455: the server failed.</summary>
    public const int InternalError = 1011;

    /// <summary>IANA registry: a passing condition on the server (the database is away); try again later.</summary>
    public const int TryAgainLater = 1013;

    private const int MaxReasonBytes = 123;

    /// <summary>The reason cut to the 123 bytes of UTF-8 a close frame can carry, at a character boundary.</summary>
    public static string Fit(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes) return reason;
        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > MaxReasonBytes - 3 || char.IsHighSurrogate(reason[length - 1])) length--;
        return reason[..length] + "…";
    }
}

/// <summary>A client broke the protocol: the socket is closed with the code and the message as its reason.</summary>
public sealed class ProtocolViolation(int closeCode, string reason) : Exception(reason)
{
    public int CloseCode { get; } = closeCode;
}
