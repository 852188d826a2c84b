using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Hardening;

public sealed class RateLimitedApps() : AppFixture(new Dictionary<string, string>
{
    ["RateLimits:PermitsPerMinute"] = "2",
    ["RateLimits:KeyPermitsPerMinute"] = "3",
    // As behind a proxy: the client address comes from X-Forwarded-For, so each test is a client of its own.
    ["ForwardedHeaders_Enabled"] = "true",
});

/// <summary>Two requests a minute per client address without a key, three per API key.</summary>
public sealed class RateLimitTests(RateLimitedApps apps) : IClassFixture<RateLimitedApps>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite);

    private static Task<GraphQLResponse> PostFromAsync(GraphQLClient client, string address) =>
        client.SendAsync(new GraphQLRequest { Query = "{ __typename }", Headers = [("X-Forwarded-For", address)] });

    private static async Task<List<HttpStatusCode>> StatusesAsync(GraphQLClient client, int requests, string address)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < requests; i++)
            statuses.Add((await PostFromAsync(client, address)).Status);
        return statuses;
    }

    [Fact]
    public async Task A_request_over_the_limit_gets_429_with_retry_after_and_a_coded_error()
    {
        using var client = (await App()).AnonymousClient();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(client, 2, "203.0.113.10"));

        var refused = await PostFromAsync(client, "203.0.113.10");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(int.TryParse(refused.Header("Retry-After"), out var seconds) && seconds > 0, refused.Header("Retry-After"));
        Assert.Equal(GraphQLResponse.GraphQLJson, refused.MediaType);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.False(refused.HasData);
    }

    [Fact]
    public async Task Each_api_key_has_a_budget_of_its_own_apart_from_callers_without_a_key()
    {
        var app = await App();
        using var anonymous = app.AnonymousClient();
        using var first = await app.KeyClientAsync(Role.Partner);
        using var second = await app.KeyClientAsync(Role.Curator);
        const string address = "203.0.113.20";

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await StatusesAsync(anonymous, 3, address));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            await StatusesAsync(first, 4, address));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(second, 3, address));
    }

    [Fact]
    public async Task Each_client_address_has_a_budget_of_its_own_and_an_ipv6_network_counts_as_one_client()
    {
        using var client = (await App()).AnonymousClient();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await StatusesAsync(client, 3, "203.0.113.30"));
        Assert.Equal([HttpStatusCode.OK], await StatusesAsync(client, 1, "203.0.113.31"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(client, 2, "2001:db8:30:1::1"));
        Assert.Equal([HttpStatusCode.TooManyRequests], await StatusesAsync(client, 1, "2001:db8:30:1::2"));
        Assert.Equal([HttpStatusCode.OK], await StatusesAsync(client, 1, "2001:db8:30:2::1"));
    }

    [Fact]
    public async Task Health_checks_are_not_limited()
    {
        using var client = (await App()).AnonymousClient();
        await StatusesAsync(client, 3, "203.0.113.40");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", ("X-Forwarded-For", "203.0.113.40"))).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", ("X-Forwarded-For", "203.0.113.40"))).Status);
        }
    }
}
