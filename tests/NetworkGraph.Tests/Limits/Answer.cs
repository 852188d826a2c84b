using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

/// <summary>A GraphQL response as a client sees it: the status, the media type and the body.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, JsonNode Body)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public string? Code => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public IEnumerable<string> Codes => Body["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()) ?? [];

    public static Task<Answer> PostAsync(NetworkGraphApp app, object body, string accept = GraphQLResponse) =>
        SendAsync(app, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = NetworkGraphApp.JsonBody(body) }, accept);

    public static Task<Answer> GetAsync(NetworkGraphApp app, string parameters, string accept = GraphQLResponse) =>
        SendAsync(app, new HttpRequestMessage(HttpMethod.Get, $"/graphql?{parameters}"), accept);

    private static async Task<Answer> SendAsync(NetworkGraphApp app, HttpRequestMessage request, string accept)
    {
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var client = app.CreateClient();
        using var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
