using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Hardening;

/// <summary>A request and the response to it, headers included, as a browser or partner server sees them.</summary>
public sealed record Exchange(HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public JsonNode? Json => Body.StartsWith('{') ? JsonNode.Parse(Body) : null;

    public string? Code => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    public static HttpRequestMessage Post(string query, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = NetworkGraphApp.JsonBody(new { query }) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static HttpRequestMessage Get(string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static async Task<Exchange> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
            return new Exchange(response.StatusCode, response.Headers, response.Content.Headers, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Exchange> SendAsync(NetworkGraphApp app, HttpRequestMessage request)
    {
        using var client = app.CreateClient();
        return await SendAsync(client, request);
    }
}
