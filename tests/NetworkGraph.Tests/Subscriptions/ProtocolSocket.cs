using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>
/// A graphql-transport-ws client over a real WebSocket, for the protocol tests: it sends messages as written (or raw
/// text), and reads the next message or the close. Every wait fails the test after <see cref="Patience"/>.
/// </summary>
public sealed class ProtocolSocket : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket;

    private ProtocolSocket(ClientWebSocket socket) => this.socket = socket;

    public string? AcceptedSubprotocol => socket.SubProtocol;

    public static async Task<ProtocolSocket> ConnectAsync(Uri address, string? subprotocol, (string Name, string Value)[] headers)
    {
        var socket = new ClientWebSocket();
        if (subprotocol is not null) socket.Options.AddSubProtocol(subprotocol);
        foreach (var (name, value) in headers) socket.Options.SetRequestHeader(name, value);
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new UriBuilder(address) { Scheme = "ws" }.Uri, timeout.Token);
        return new ProtocolSocket(socket);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends <c>connection_init</c> with the payload (none when null) and expects <c>connection_ack</c>.</summary>
    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", Type(ack));
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { type = "subscribe", id, payload = new { query, variables } });

    /// <summary>The next message; fails when the socket closes instead.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var (text, close) = await ReceiveMessageOrCloseAsync();
        return text is not null
            ? JsonNode.Parse(text)!.AsObject()
            : throw new XunitException($"The socket closed with {close!.Value.Code} '{close.Value.Reason}' instead of sending a message.");
    }

    /// <summary>The messages of an operation up to its <c>complete</c> (not included); fails on an <c>error</c> or a close.</summary>
    public async Task<List<JsonObject>> ReceiveUntilCompleteAsync(string id)
    {
        var messages = new List<JsonObject>();
        while (true)
        {
            var message = await ReceiveAsync();
            Assert.Equal(id, message["id"]?.GetValue<string>());
            if (Type(message) == "complete") return messages;
            Assert.True(Type(message) == "next", $"Expected next or complete: {message.ToJsonString()}");
            messages.Add(message);
        }
    }

    /// <summary>The code and reason the server closed the socket with; fails when a message comes first.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync()
    {
        var (text, close) = await ReceiveMessageOrCloseAsync();
        return close ?? throw new XunitException($"Expected the socket to close, but it sent {text}");
    }

    /// <summary>Leaves without a close handshake, as a client whose network drops.</summary>
    public void Abort() => socket.Abort();

    public static string Type(JsonObject message) => message["type"]!.GetValue<string>();

    private async Task<(string? Text, (int Code, string Reason)? Close)> ReceiveMessageOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(chunk, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                    return (null, ((int)result.CloseStatus!, result.CloseStatusDescription ?? ""));
                }
                buffer.Write(chunk, 0, result.Count);
                if (result.EndOfMessage) return (Encoding.UTF8.GetString(buffer.ToArray()), null);
            }
        }
        catch (OperationCanceledException)
        {
            throw new XunitException($"Nothing arrived within {Patience.TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
            {
                // The server dropped the socket.
            }
        }
        socket.Dispose();
    }
}
