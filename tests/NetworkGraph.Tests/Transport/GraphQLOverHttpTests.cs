using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Transport;

/// <summary>The rules of the GraphQL-over-HTTP specification, each answered with a clear, coded error.</summary>
public sealed class GraphQLOverHttpTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string SimpleQuery = "{ countries(region: \"Europe\") { code } }";

    private async Task<GraphQLClient> Client() => (await apps.For(DatabaseProvider.Sqlite)).AnonymousClient();

    /// <summary>A POST with the body as it is, for bodies and content types a GraphQL client would not send.</summary>
    private static HttpRequestMessage RawPost(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static string Json(object? body) => System.Text.Json.JsonSerializer.Serialize(body);

    [Fact]
    public async Task A_client_that_names_graphql_response_json_gets_it()
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest { Query = SimpleQuery, Accept = "application/graphql-response+json, application/json;q=0.9" });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponse.GraphQLJson, response.MediaType);
        Assert.Contains(new Coded("UA"), response.AssertNoErrors().Data<Coded[]>("countries"));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData(null)]
    public async Task A_client_that_accepts_anything_or_says_nothing_gets_application_json(string? accept)
    {
        var client = await Client();
        var answered = await client.SendAsync(new GraphQLRequest { Query = SimpleQuery, Accept = accept });
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal("application/json", answered.MediaType);
        Assert.Contains(new Coded("UA"), answered.AssertNoErrors().Data<Coded[]>("countries"));
        var refused = await client.SendAsync(new GraphQLRequest { Query = "{ nope }", Accept = accept });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("application/json", refused.MediaType);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], refused.ErrorCodes);
    }

    [Fact]
    public async Task A_client_that_accepts_only_application_json_gets_it()
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest { Query = SimpleQuery, Accept = "application/json" });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task A_client_that_accepts_neither_gets_406()
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest { Query = SimpleQuery, Accept = "text/csv" });
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_content_type_other_than_json_gets_415_so_a_plain_form_cannot_run_an_operation(string contentType)
    {
        var response = await (await Client()).SendAsync(RawPost(Json(new { query = SimpleQuery }), contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
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
        var response = await (await Client()).SendAsync(RawPost(body, accept: GraphQLResponse.GraphQLJson));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLResponse.GraphQLJson, response.MediaType);
        Assert.Equal([code], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("{ themes { code ", null, null, "SYNTAX_ERROR")]
    [InlineData("{ themes { colour } }", null, null, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("query A { themes { code } }", "B", null, "INVALID_OPERATION_NAME")]
    [InlineData("query ($code: String!) { country(code: $code) { name } }", null, "{\"code\": 42}", "INVALID_VALUE")]
    [InlineData("query ($code: String!) { country(code: $code) { name } }", null, "{}", "INVALID_VALUE")]
    public async Task A_document_that_cannot_run_gets_400_with_graphql_response_json_and_200_with_json(string query, string? operationName, string? variables, string code)
    {
        var body = $"{{\"query\": {Json(query)}, \"operationName\": {Json(operationName)}, \"variables\": {variables ?? "null"}}}";
        var client = await Client();
        var strict = await client.SendAsync(RawPost(body, accept: GraphQLResponse.GraphQLJson));
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal([code], strict.ErrorCodes);
        Assert.False(strict.HasData);

        var legacy = await client.SendAsync(RawPost(body, accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal([code], legacy.ErrorCodes);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = Json(new { query = "{ themes { code } }", variables = new { padding = new string('x', 200_000) } });
        var response = await (await Client()).SendAsync(RawPost(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_query_runs_over_get_with_variables()
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest
        {
            Method = HttpMethod.Get, Query = "query ($code: String!) { country(code: $code) { name } }", Variables = new { code = "md" },
        });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Moldova, Republic of", response.AssertNoErrors().Data<string>("country.name"));
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_and_is_allowed_only_with_post()
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest { Method = HttpMethod.Get, Query = "mutation { anything }" });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Header("Allow"));
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_with_allow(string method)
    {
        var response = await (await Client()).SendAsync(new GraphQLRequest { Method = new HttpMethod(method), Query = SimpleQuery, Accept = null });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Header("Allow")!.Split(", ").Order());
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_bad_variables_parameter_over_get_gets_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("{ themes { code } }")}&variables={Uri.EscapeDataString("{not json")}");
        request.Headers.Accept.ParseAdd(GraphQLResponse.GraphQLJson);
        var response = await (await Client()).SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_browser_gets_the_ide_page_and_every_asset_it_names_is_served_by_the_service()
    {
        using var client = await Client();
        var page = await client.SendAsync(new GraphQLRequest { Method = HttpMethod.Get, Accept = "text/html" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        var html = page.Body;
        Assert.DoesNotContain("https://", html);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/graphql/ide/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        if (scripts.Count == 0)
        {
            Assert.Contains("Node.js", html); // built without Node.js: the page says what is missing
            return;
        }
        foreach (var asset in scripts)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset)).Status);
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl()
    {
        using var client = await Client();
        var response = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("type Organisation implements Node", response.Body);
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("T3JnYW5pc2F0aW9u")]
    [InlineData("VW5rbm93bjoxMjM=")]
    public async Task A_malformed_or_unknown_id_is_a_coded_error_not_a_500(string id)
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var response = await app.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Null(response.Data<Identified?>("node"));
    }

    [Fact]
    public async Task A_page_size_over_the_maximum_is_a_coded_error()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var response = await app.QueryAsync("{ organisations(first: 101) { nodes { name } } }");
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = await Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).Status);
    }
}
