using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// An answer of the app as a client sees it: status, headers and body, with the body's data read by a path such as
/// <c>organisations.nodes[0].name</c>. A read that names a field the body does not have fails with the whole body.
/// </summary>
public sealed partial class GraphQLResponse
{
    /// <summary>The media type of the GraphQL-over-HTTP specification; the service answers plain application/json to clients that ask for it.</summary>
    public const string GraphQLJson = "application/graphql-response+json";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly HttpResponseHeaders headers;
    private readonly HttpContentHeaders contentHeaders;
    private readonly JsonNode? json;

    private GraphQLResponse(HttpResponseMessage response, string body)
    {
        Status = response.StatusCode;
        headers = response.Headers;
        contentHeaders = response.Content.Headers;
        Body = body;
        json = body.StartsWith('{') ? JsonNode.Parse(body) : null;
    }

    public HttpStatusCode Status { get; }

    public string? MediaType => contentHeaders.ContentType?.MediaType;

    /// <summary>The body as text: JSON for GraphQL, or the page, schema or file asked for.</summary>
    public string Body { get; }

    /// <summary>Whether the body has a <c>data</c> that is not null.</summary>
    public bool HasData => json?["data"] is not null;

    /// <summary>The GraphQL errors of the body (not those of a mutation's payload: see <see cref="Payload"/>).</summary>
    public IReadOnlyList<GraphQLError> Errors => json?["errors"] is JsonArray errors ? [.. errors.Select(GraphQLError.From)] : [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error.Code)];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync());

    /// <summary>A header of the response or of its content, its values joined by commas; null when it was not sent.</summary>
    public string? Header(string name) =>
        headers.TryGetValues(name, out var values) || contentHeaders.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    /// <summary>A value under <c>data</c>, as a scalar, a list or a record: <c>Data&lt;int&gt;("organisations.totalCount")</c>.</summary>
    public T Data<T>(string path) => Read<T>($"data.{path}");

    /// <summary>A value anywhere in the body, e.g. <c>Read&lt;long&gt;("extensions.cost.requested")</c>.</summary>
    public T Read<T>(string path)
    {
        var node = Find(path);
        if (node is null) return default(T) is null ? default! : throw Failure($"{path} is null, not a {typeof(T).Name}.");
        try
        {
            return node.Deserialize<T>(ReadOptions)!;
        }
        catch (JsonException wrong)
        {
            throw Failure($"{path} is not a {typeof(T).Name}: {wrong.Message}");
        }
    }

    /// <summary>The payload of the mutation (a field of <c>data</c>), with its own errors.</summary>
    public MutationPayload Payload(string mutation) => new(this, mutation);

    /// <summary>
    /// Fails with the status and the whole body when the request did not succeed, the body has GraphQL errors, or a
    /// mutation payload in it has errors; returns this response to read on.
    /// </summary>
    public GraphQLResponse AssertNoErrors()
    {
        var payloadErrors = json?["data"] is JsonObject data && data.Any(field => field.Value is JsonObject payload && payload["errors"] is JsonArray { Count: > 0 });
        if (!Ran || payloadErrors) throw Failure("Unexpected errors.");
        return this;
    }

    /// <summary>Whether the operation ran: a success status and no GraphQL errors.</summary>
    internal bool Ran => (int)Status is >= 200 and <= 299 && Errors.Count == 0;

    /// <summary>A test failure that shows what was asked and the whole answer.</summary>
    internal Exception Failure(string why) => new Xunit.Sdk.XunitException($"{why}\nHTTP {(int)Status}: {Body}");

    private JsonNode? Find(string path)
    {
        var node = json ?? throw Failure($"The body is not JSON, so it has no {path}.");
        foreach (Match step in Step().Matches(path))
        {
            node = step.Groups["index"].Success ? Item(node, int.Parse(step.Groups["index"].Value), path) : Member(node, step.Value, path);
            if (node is null) return null;
        }
        return node;
    }

    private JsonNode? Member(JsonNode node, string name, string path) =>
        node is JsonObject members && members.TryGetPropertyValue(name, out var member) ? member : throw Failure($"No {name} in {path}.");

    private JsonNode? Item(JsonNode node, int index, string path) =>
        node is JsonArray items && index < items.Count ? items[index] : throw Failure($"No item {index} in {path}.");

    /// <summary>One step of a path: a field name, or a list index in brackets.</summary>
    [GeneratedRegex(@"\[(?<index>\d+)\]|[^.\[\]]+")]
    private static partial Regex Step();
}

/// <summary>An error of a response or of a mutation payload: its code, its message and the path it is about.</summary>
public sealed record GraphQLError(string? Code, string? Message, string? Path)
{
    /// <summary>
    /// Reads a GraphQL error (<c>{ message path extensions { code } }</c>) or a payload error (<c>{ code message path }</c>);
    /// the path is written as data paths are read, e.g. <c>input.organisations[0]</c>.
    /// </summary>
    public static GraphQLError From(JsonNode? error) => new(
        (error?["extensions"]?["code"] ?? error?["code"])?.GetValue<string>(),
        error?["message"]?.GetValue<string>(),
        error?["path"] is JsonArray path ? PathOf(path) : null);

    private static string PathOf(JsonArray path) => string.Concat(path.Select((step, i) =>
        step!.GetValueKind() == JsonValueKind.Number ? $"[{step}]" : i == 0 ? step.GetValue<string>() : $".{step.GetValue<string>()}"));
}
