using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Hardening;

public sealed class PartnerCorsApps() : AppFixture(new Dictionary<string, string>
    { ["Cors:AllowedOrigins:0"] = "https://partner.example", ["Cors:AllowedOrigins:1"] = "https://another-partner.example" });

/// <summary>Browsers on the configured partner origins may call the API; other origins, and every origin by default, get no CORS headers.</summary>
public sealed class PartnerCorsTests(PartnerCorsApps apps, AppFixture defaults) : IClassFixture<PartnerCorsApps>, IClassFixture<AppFixture>
{
    private static async Task<GraphQLResponse> PreflightAsync(NetworkGraphApp app, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization, x-api-key");
        using var client = app.AnonymousClient();
        return await client.SendAsync(request);
    }

    private static Task<GraphQLResponse> PostFromAsync(NetworkGraphApp app, string origin) =>
        app.SendAsync(new GraphQLRequest { Query = "{ __typename }", Headers = [("Origin", origin)] });

    private static IEnumerable<string> List(string? header) => header?.Split(',', StringSplitOptions.TrimEntries) ?? [];

    [Theory]
    [InlineData("https://partner.example")]
    [InlineData("https://another-partner.example")]
    public async Task A_preflight_from_a_partner_origin_is_allowed_with_the_headers_a_frontend_sends(string origin)
    {
        var answer = await PreflightAsync(await apps.For(DatabaseProvider.Sqlite), origin);
        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Equal(origin, answer.Header("Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], List(answer.Header("Access-Control-Allow-Methods")).Order());
        Assert.Equal(["authorization", "content-type", "x-api-key"], List(answer.Header("Access-Control-Allow-Headers")).Select(h => h.ToLowerInvariant()).Order());
        Assert.Null(answer.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers()
    {
        var answer = await PreflightAsync(await apps.For(DatabaseProvider.Sqlite), "https://partner.example.attacker.test");
        Assert.Null(answer.Header("Access-Control-Allow-Origin"));
        Assert.Null(answer.Header("Access-Control-Allow-Methods"));
        Assert.Null(answer.Header("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task A_request_from_a_partner_origin_may_read_the_answer_and_its_retry_after()
    {
        var answer = await PostFromAsync(await apps.For(DatabaseProvider.Sqlite), "https://partner.example");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("https://partner.example", answer.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Retry-After", List(answer.Header("Access-Control-Expose-Headers")));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_gets_cors_headers()
    {
        var app = await defaults.For(DatabaseProvider.Sqlite);
        Assert.Null((await PreflightAsync(app, "https://partner.example")).Header("Access-Control-Allow-Origin"));
        Assert.Null((await PostFromAsync(app, "https://partner.example")).Header("Access-Control-Allow-Origin"));
    }
}
