using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Transport;

/// <summary>The rules of the GraphQL-over-HTTP specification, each answered with a clear, coded error.</summary>
public sealed class GraphQLOverHttpTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string SimpleQuery = "{ countries(region: \"Europe\") { code } }";

    private async Task<HttpClient> Client() => (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> Send(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null);
    }

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static HttpRequestMessage Get(string query, string? accept = null, string? variables = null)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}" + (variables is null ? "" : $"&variables={Uri.EscapeDataString(variables)}");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static string Json(object body) => System.Text.Json.JsonSerializer.Serialize(body);

    private static string? CodeOf(JsonNode? body) => body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task A_post_is_answered_with_graphql_response_json_by_default()
    {
        var (response, body) = await Send(await Client(), Post(Json(new { query = SimpleQuery }), accept: "*/*"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(body!["data"]!["countries"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "UA");
    }

    [Fact]
    public async Task A_client_that_accepts_only_application_json_gets_it()
    {
        var (response, _) = await Send(await Client(), Post(Json(new { query = SimpleQuery }), accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_client_that_accepts_neither_gets_406()
    {
        var (response, body) = await Send(await Client(), Post(Json(new { query = SimpleQuery }), accept: "text/csv"));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", CodeOf(body));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_content_type_other_than_json_gets_415_so_a_plain_form_cannot_run_an_operation(string contentType)
    {
        var (response, body) = await Send(await Client(), Post(Json(new { query = SimpleQuery }), contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", CodeOf(body));
    }

    [Theory]
    [InlineData("{\"query\": ", "INVALID_JSON")]
    [InlineData("[1, 2]", "INVALID_REQUEST")]
    [InlineData("{\"query\": 42}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ themes { code } }\", \"variables\": [1]}", "INVALID_REQUEST")]
    [InlineData("{\"operationName\": \"A\"}", "MISSING_QUERY")]
    [InlineData("{\"query\": \"   \"}", "MISSING_QUERY")]
    public async Task A_malformed_request_gets_400_with_its_code(string body, string code)
    {
        var (response, json) = await Send(await Client(), Post(body, accept: GraphQLResponse));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, CodeOf(json));
        Assert.Null(json!["data"]);
    }

    [Theory]
    [InlineData("{ themes { code ", null, null)]
    [InlineData("{ themes { colour } }", null, null)]
    [InlineData("query A { themes { code } }", "B", null)]
    [InlineData("query ($code: String!) { country(code: $code) { name } }", null, "{\"code\": 42}")]
    [InlineData("query ($code: String!) { country(code: $code) { name } }", null, "{}")]
    public async Task A_document_that_cannot_run_gets_400_with_graphql_response_json_and_200_with_json(string query, string? operationName, string? variables)
    {
        var body = $"{{\"query\": {Json(query)}, \"operationName\": {Json(operationName!)}, \"variables\": {variables ?? "null"}}}";
        var client = await Client();
        var (strict, strictBody) = await Send(client, Post(body, accept: GraphQLResponse));
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.NotNull(CodeOf(strictBody));
        Assert.Null(strictBody!["data"]);

        var (legacy, legacyBody) = await Send(client, Post(body, accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.NotNull(CodeOf(legacyBody));
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = Json(new { query = "{ themes { code } }", variables = new { padding = new string('x', 200_000) } });
        var (response, body) = await Send(await Client(), Post(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", CodeOf(body));
    }

    [Fact]
    public async Task A_query_runs_over_get_with_variables()
    {
        var (response, body) = await Send(await Client(),
            Get("query ($code: String!) { country(code: $code) { name } }", GraphQLResponse, "{\"code\": \"md\"}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Moldova, Republic of", body!["data"]!["country"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_and_is_allowed_only_with_post()
    {
        var (response, body) = await Send(await Client(), Get("mutation { anything }", GraphQLResponse));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("MUTATION_OVER_GET", CodeOf(body));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_with_allow(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(Json(new { query = SimpleQuery }), Encoding.UTF8, "application/json") };
        var (response, body) = await Send(await Client(), request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        Assert.Equal("METHOD_NOT_ALLOWED", CodeOf(body));
    }

    [Fact]
    public async Task A_bad_variables_parameter_over_get_gets_400()
    {
        var (response, body) = await Send(await Client(), Get("{ themes { code } }", GraphQLResponse, "{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", CodeOf(body));
    }

    [Fact]
    public async Task A_browser_gets_the_ide_page_and_every_asset_it_names_is_served_by_the_service()
    {
        var client = await Client();
        var page = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/graphql/ide/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        if (scripts.Count == 0)
        {
            Assert.Contains("Node.js", html); // built without Node.js: the page says what is missing
            return;
        }
        foreach (var asset in scripts)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset)).StatusCode);
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl()
    {
        var response = await (await Client()).GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Organisation implements Node", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("T3JnYW5pc2F0aW9u")]
    [InlineData("VW5rbm93bjoxMjM=")]
    public async Task A_malformed_or_unknown_id_is_a_coded_error_not_a_500(string id)
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var response = await app.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("INVALID_ID", CodeOf(response));
        Assert.Null(response["data"]!["node"]);
    }

    [Fact]
    public async Task A_page_size_over_the_maximum_is_a_coded_error()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var response = await app.QueryAsync("{ organisations(first: 101) { nodes { name } } }");
        Assert.Equal("INVALID_ARGUMENT", CodeOf(response));
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = await Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
