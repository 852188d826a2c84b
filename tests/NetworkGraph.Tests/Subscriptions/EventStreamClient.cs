using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>GraphQL over Server-Sent Events as a client sends it: a POST or GET to /graphql that accepts text/event-stream.</summary>
public static class EventStreamClient
{
    public const string MediaType = "text/event-stream";

    public static HttpRequestMessage Request(string query, string? key = null, HttpMethod? method = null)
    {
        var request = method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, $"graphql?query={Uri.EscapeDataString(query)}")
            : new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        return Prepared(request, key);
    }

    /// <summary>Accepts only text/event-stream, and sends the key as a bearer token.</summary>
    public static HttpRequestMessage Prepared(HttpRequestMessage request, string? key = null)
    {
        request.Headers.Accept.ParseAdd(MediaType);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    /// <summary>Sends the request and reads the whole answer: a refusal's JSON, or a stream that ended.</summary>
    public static async Task<GraphQLResponse> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
            return await GraphQLResponse.ReadAsync(response);
    }

    public static Task<GraphQLResponse> PostAsync(HttpClient http, string query, string? key = null) => SendAsync(http, Request(query, key));

    /// <summary>Starts a stream and returns once its headers arrived; its events are read as they come.</summary>
    public static async Task<OpenEventStream> OpenAsync(HttpClient http, string query, string? key = null, HttpMethod? method = null)
    {
        using var request = Request(query, key, method);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        return new OpenEventStream(response, await response.Content.ReadAsStreamAsync());
    }
}

/// <summary>One block of an event stream: an event with its data, or a comment.</summary>
public sealed record ServerSentEvent(string? Event, string? Data, bool IsComment);

public sealed class OpenEventStream(HttpResponseMessage response, Stream body) : IDisposable
{
    private readonly StreamReader reader = new(body);

    /// <summary>The next block; null at the end of the stream. Fails when nothing arrives for a while.</summary>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(ProtocolSocket.Patience);
        string? name = null, data = null;
        var comment = false;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0) return new ServerSentEvent(name, data, comment);
            if (line.StartsWith(':')) comment = true;
            else if (line.StartsWith("event:")) name = line["event:".Length..].Trim();
            else if (line.StartsWith("data:")) data = line["data:".Length..].Trim();
        }
        return null;
    }

    /// <summary>Every event up to the end of the stream, comments left out.</summary>
    public async Task<List<ServerSentEvent>> ReadToEndAsync()
    {
        var events = new List<ServerSentEvent>();
        while (await ReadAsync() is { } next)
            if (!next.IsComment) events.Add(next);
        return events;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
