using System.Net;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>Who a request runs as, by its Authorization or X-Api-Key header; keys are read on every request here.</summary>
public sealed class ApiKeyAuthenticationTests(UncachedKeyApps apps) : IClassFixture<UncachedKeyApps>
{
    [Fact]
    public async Task Without_a_key_the_caller_is_anonymous()
    {
        var viewer = KeyedApp.ViewerOf(await (await apps.StartAsync()).SendAsync());
        Assert.Equal(new Viewer("Anonymous", "anonymous", null, null, null), viewer);
    }

    [Fact]
    public async Task A_curator_key_as_a_bearer_token_makes_the_caller_that_curator_and_records_the_use()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Jane (curation team)");

        var viewer = KeyedApp.ViewerOf(await app.SendBearerAsync(key));

        var row = await app.KeyAsync(key);
        Assert.Equal(new Viewer("Curator", $"key:{row.Prefix} (Jane (curation team))", null, row.Id, "Curator"), viewer);
        Assert.Equal(app.Clock.UtcNow, row.LastUsedAt);
        Assert.Equal(1, row.Version);
    }

    [Fact]
    public async Task X_Api_Key_works_like_a_bearer_token()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "admin", "--name", "Operations");
        Assert.Equal("Admin", KeyedApp.ViewerOf(await app.SendAsync(("X-Api-Key", key))).Role);
    }

    [Fact]
    public async Task A_partner_key_acts_for_its_organisation()
    {
        var app = await apps.StartAsync();
        var organisation = await app.SeedOrganisationAsync("Keyed Partner");
        var key = await app.CreateKeyAsync("--role", "partner", "--name", "Partner site", "--organisation", organisation.Slug);

        var viewer = KeyedApp.ViewerOf(await app.SendBearerAsync(key));

        Assert.Equal(("Partner", organisation.Id), (viewer.Role, viewer.OrganisationId));
    }

    [Fact]
    public async Task A_use_is_recorded_at_most_once_a_minute()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Busy curator");
        await app.SendBearerAsync(key);
        var first = await app.KeyAsync(key);

        app.Clock.Advance(TimeSpan.FromSeconds(59));
        await app.SendBearerAsync(key);
        Assert.Equal(first.LastUsedAt, (await app.KeyAsync(key)).LastUsedAt);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.SendBearerAsync(key);
        Assert.Equal(app.Clock.UtcNow, (await app.KeyAsync(key)).LastUsedAt);
    }

    [Fact]
    public async Task Unknown_wrong_revoked_and_expired_keys_get_one_and_the_same_401()
    {
        var app = await apps.StartAsync();
        var valid = await app.CreateKeyAsync("--role", "curator", "--name", "Soon revoked");
        var revoked = await app.CreateKeyAsync("--role", "curator", "--name", "Revoked");
        Assert.Equal(HttpStatusCode.OK, (await app.SendBearerAsync(revoked)).Status);
        Assert.Equal(0, (await app.KeysAsync("revoke", ApiKeys.PrefixOf(revoked)!)).ExitCode);
        await using var db = await app.DbAsync();
        var expired = (await ApiKeys.CreateAsync(db, Role.Curator, "Expired", expiresAt: app.Clock.UtcNow.AddDays(-1))).PlainKey;
        var unknown = $"ng_{new string('a', 12)}_{valid[^43..]}";
        var wrongSecret = $"{valid[..^43]}{new string('A', 43)}";

        var replies = new List<GraphQLResponse>();
        foreach (var key in new[] { unknown, wrongSecret, revoked, expired })
            replies.Add(await app.SendBearerAsync(key));

        foreach (var reply in replies)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
            Assert.Equal("Bearer", reply.Header("WWW-Authenticate"));
            Assert.Equal(GraphQLResponse.GraphQLJson, reply.MediaType);
            Assert.Equal(["UNAUTHENTICATED"], reply.ErrorCodes);
            Assert.False(reply.HasData);
            Assert.Equal(replies[0].Body, reply.Body);
        }
    }

    [Theory]
    [InlineData("Authorization", "Bearer garbage")]
    [InlineData("Authorization", "Bearer")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Authorization", "ng_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("X-Api-Key", "garbage")]
    public async Task Credentials_that_are_not_a_key_are_refused(string header, string value)
    {
        var reply = await (await apps.StartAsync()).SendAsync((header, value));
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Bearer", reply.Header("WWW-Authenticate"));
        Assert.Equal(["UNAUTHENTICATED"], reply.ErrorCodes);
    }

    [Fact]
    public async Task Two_keys_at_once_are_refused()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Twice sent");
        var reply = await app.SendAsync(("Authorization", $"Bearer {key}"), ("X-Api-Key", key));
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Contains("one API key", Assert.Single(reply.Errors).Message);
    }

    [Fact]
    public async Task Health_checks_ignore_credentials()
    {
        using var client = (await apps.StartAsync()).Client("garbage");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).Status);
    }
}
