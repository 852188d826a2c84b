using System.Buffers;
using System.Net.WebSockets;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>
/// A WebSocket that carries whole text messages: one sender at a time (a WebSocket allows no more), a size limit on
/// what it receives, and a close that is sent once. A send to a client that has gone aborts the socket instead of
/// failing its caller, so the receiving side ends the connection.
/// </summary>
public sealed class MessageSocket(WebSocket socket, int maxMessageBytes)
{
    private readonly SemaphoreSlim sending = new(1, 1);
    private int closing;

    /// <summary>Whether the server sent its close frame: nothing more is sent, and what arrives is not handled.</summary>
    public bool IsClosing => Volatile.Read(ref closing) == 1;

    /// <summary>The next text message; null once the client has closed the socket (its close is answered).</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(CloseCodes.NormalClosure, "");
                return null;
            }
            message.Advance(result.Count);
            if (message.WrittenCount > maxMessageBytes)
                throw new ProtocolViolation(CloseCodes.MessageTooBig, $"A message may have at most {maxMessageBytes} bytes.");
            if (!result.EndOfMessage) continue;
            if (result.MessageType == WebSocketMessageType.Binary)
                throw new ProtocolViolation(CloseCodes.BadRequest, "Invalid message: messages are JSON text, not binary.");
            return message.WrittenSpan.ToArray();
        }
    }

    /// <summary>
    /// Sends one message after any send in progress, unless the socket is closing or <paramref name="cancellationToken"/>
    /// was cancelled before its turn came: a message of a stopped operation is not sent.
    /// </summary>
    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        try
        {
            await sending.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            if (IsClosing || cancellationToken.IsCancellationRequested) return;
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            socket.Abort();
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends the close frame once, after any send in progress; the client's answer ends the receiving.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 1) return;
        await sending.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, CloseCodes.Fit(reason), CancellationToken.None);
        }
        catch (WebSocketException)
        {
            socket.Abort();
        }
        finally
        {
            sending.Release();
        }
    }
}
