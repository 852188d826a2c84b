using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.GraphQL.Relay;

namespace NetworkGraph.Tests.Access;

/// <summary>Administrators make, list, rotate and revoke keys over GraphQL; nobody else may, and secrets never reach the audit log.</summary>
public sealed class KeyManagementTests(UncachedKeyApps apps) : IClassFixture<UncachedKeyApps>
{
    private const string KeyFields = "id prefix name role organisation { slug } expiresAt revokedAt";
    private const string Errors = "errors { __typename code message path }";

    private static async Task<JsonNode> Post(KeyedApp app, string key, string query, object? variables = null)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> Mutate(KeyedApp app, string key, string mutation, string inputType, object input, string selection)
    {
        var body = await Post(app, key, $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} {Errors} }} }}", new { input });
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![mutation]!;
    }

    private static Task<JsonNode> Create(KeyedApp app, string admin, object input) =>
        Mutate(app, admin, "createApiKey", "CreateApiKeyInput", input, $"plainKey apiKey {{ {KeyFields} }}");

    private static async Task<(int Keys, int AuditEvents)> Counts(KeyedApp app)
    {
        await using var db = await app.DbAsync();
        return (await db.ApiKeys.CountAsync(), await db.AuditEvents.CountAsync());
    }

    private static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    private static string? Path(JsonNode payload) => payload["errors"]![0]!["path"]?.AsArray()[^1]!.GetValue<string>();

    [Fact]
    public async Task An_administrator_makes_a_partner_key_that_works_rotates_it_and_revokes_the_new_one()
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", "Operations");
        var organisation = await app.SeedOrganisationAsync("Key Holder Watch");
        var created = await Create(app, admin, new { role = "PARTNER", name = "Key Holder website", organisation = GlobalId.Encode("Organisation", organisation.Id.ToString("N")) });
        Assert.Empty(created["errors"]!.AsArray());
        var plain = created["plainKey"]!.GetValue<string>();
        Assert.Matches(KeyedApp.KeyPattern(), plain);
        Assert.Equal(("PARTNER", "key-holder-watch"), (created["apiKey"]!["role"]!.GetValue<string>(), created["apiKey"]!["organisation"]!["slug"]!.GetValue<string>()));
        Assert.Equal(organisation.Id, (await app.SendBearerAsync(plain)).Viewer["organisationId"]!.GetValue<Guid>());

        var rotated = await Mutate(app, admin, "rotateApiKey", "RotateApiKeyInput", new { id = created["apiKey"]!["id"]!.GetValue<string>() }, "plainKey apiKey { id name }");
        var successor = rotated["plainKey"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(plain)).Status);
        Assert.Equal("Partner", (await app.SendBearerAsync(successor)).Viewer["role"]!.GetValue<string>());
        Assert.Equal("Key Holder website", rotated["apiKey"]!["name"]!.GetValue<string>());

        var revoked = await Mutate(app, admin, "revokeApiKey", "RevokeApiKeyInput", new { id = rotated["apiKey"]!["id"]!.GetValue<string>() }, $"apiKey {{ {KeyFields} }}");
        Assert.NotNull(revoked["apiKey"]!["revokedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(successor)).Status);

        var listed = (await Post(app, admin, "{ apiKeys(where: { name: { eq: \"Key Holder website\" } }) { nodes { prefix revokedAt } } }"))["data"]!["apiKeys"]!["nodes"]!.AsArray();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, key => Assert.NotNull(key!["revokedAt"]));

        await using var db = await app.DbAsync();
        // The app's clock stands still here, and a rotation writes two events at once: compare them as a set.
        var events = await db.AuditEvents.Where(a => a.RecordType == "ApiKey").ToListAsync();
        Assert.Equal(["apiKey.create", "apiKey.create", "apiKey.revoke", "apiKey.rotate"], events.Select(a => a.Action).Order());
        Assert.All(events, e => Assert.DoesNotContain(plain[12..], e.Details));
        Assert.All(events, e => Assert.DoesNotContain(successor[12..], e.Details));
    }

    [Fact]
    public async Task Only_administrators_manage_keys_and_read_the_audit_log()
    {
        var app = await apps.StartAsync();
        var curator = await app.CreateKeyAsync("--role", "curator", "--name", "Curious curator");
        var before = await Counts(app);
        var refused = await Create(app, curator, new { role = "ADMIN", name = "Escalation" });
        Assert.Equal(("NOT_ALLOWED", null), (Code(refused), refused["plainKey"]?.GetValue<string>()));
        foreach (var query in new[] { "{ apiKeys { totalCount } }", "{ auditEvents { totalCount } }" })
        {
            var body = await Post(app, curator, query);
            Assert.Equal("NOT_ALLOWED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        Assert.Equal(before, await Counts(app));
    }

    public static TheoryData<string, object, string, string> InvalidKeys() => new()
    {
        { "partner without organisation", new { role = "PARTNER", name = "Nobody's key" }, "VALIDATION", "organisation" },
        { "curator with organisation", new { role = "CURATOR", name = "Curator", organisation = GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N")) }, "VALIDATION", "organisation" },
        { "unknown organisation", new { role = "PARTNER", name = "Partner", organisation = GlobalId.Encode("Organisation", Guid.CreateVersion7().ToString("N")) }, "VALIDATION", "organisation" },
        { "empty name", new { role = "CURATOR", name = " " }, "VALIDATION", "name" },
        { "anonymous role", new { role = "ANONYMOUS", name = "Anonymous" }, "VALIDATION", "role" },
        { "expiry passed", new { role = "CURATOR", name = "Late", expiresAt = "2001-01-01T00:00:00Z" }, "VALIDATION", "expiresAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task A_key_request_that_is_wrong_says_where_and_makes_no_key(string caseName, object input, string code, string field)
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", $"Admin for {caseName}");
        var before = await Counts(app);
        var payload = await Create(app, admin, input);
        Assert.Equal((code, field), (Code(payload), Path(payload)));
        Assert.Equal(before, await Counts(app));
    }

    [Fact]
    public async Task Revoking_an_unknown_or_revoked_key_changes_nothing()
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", "Admin revoking");
        var revokedKey = await app.CreateKeyAsync("--role", "curator", "--name", "Gone");
        await app.KeysAsync("revoke", (await app.KeyAsync(revokedKey)).Prefix);
        var before = await Counts(app);
        var unknown = await Mutate(app, admin, "revokeApiKey", "RevokeApiKeyInput", new { id = GlobalId.Encode("ApiKey", Guid.CreateVersion7().ToString("N")) }, "apiKey { id }");
        Assert.Equal("NOT_FOUND", Code(unknown));
        var again = await Mutate(app, admin, "rotateApiKey", "RotateApiKeyInput", new { id = GlobalId.Encode("ApiKey", (await app.KeyAsync(revokedKey)).Id.ToString("N")) }, "plainKey");
        Assert.Equal(("VALIDATION", null), (Code(again), again["plainKey"]?.GetValue<string>()));
        Assert.Equal(before, await Counts(app));
    }
}
