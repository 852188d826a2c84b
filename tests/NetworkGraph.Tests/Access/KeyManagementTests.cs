using System.Net;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>Administrators make, list, rotate and revoke keys over GraphQL; nobody else may, and secrets never reach the audit log.</summary>
public sealed class KeyManagementTests(UncachedKeyApps apps) : IClassFixture<UncachedKeyApps>
{
    private const string KeyFields = "id prefix name role organisation { slug } expiresAt revokedAt";
    private const string Errors = "errors { __typename code message path }";

    private sealed record Key(string Id, string Prefix, string Name, string Role, Slugged? Organisation, DateTime? ExpiresAt, DateTime? RevokedAt);

    private sealed record ListedKey(string Prefix, DateTime? RevokedAt);

    private static async Task<MutationPayload> Mutate(KeyedApp app, string key, string mutation, string inputType, object input, string selection)
    {
        using var client = app.Client(key);
        return await client.MutateAsync(mutation, inputType, $"{selection} {Errors}", input);
    }

    private static Task<MutationPayload> Create(KeyedApp app, string admin, object input) =>
        Mutate(app, admin, "createApiKey", "CreateApiKeyInput", input, $"plainKey apiKey {{ {KeyFields} }}");

    private static async Task<(int Keys, int AuditEvents)> Counts(KeyedApp app)
    {
        await using var db = await app.DbAsync();
        return (await db.ApiKeys.CountAsync(), await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task An_administrator_makes_a_partner_key_that_works_rotates_it_and_revokes_the_new_one()
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", "Operations");
        var organisation = await app.SeedOrganisationAsync("Key Holder Watch");
        var created = (await Create(app, admin, new { role = "PARTNER", name = "Key Holder website", organisation = GlobalId.Encode("Organisation", organisation.Id.ToString("N")) })).AssertNoErrors();
        var plain = created.Data<string>("plainKey");
        Assert.Matches(KeyedApp.KeyPattern(), plain);
        var key = created.Data<Key>("apiKey");
        Assert.Equal(("PARTNER", "key-holder-watch"), (key.Role, key.Organisation?.Slug));
        Assert.Equal(organisation.Id, KeyedApp.ViewerOf(await app.SendBearerAsync(plain)).OrganisationId);

        var rotated = (await Mutate(app, admin, "rotateApiKey", "RotateApiKeyInput", new { id = key.Id }, "plainKey apiKey { id name }")).AssertNoErrors();
        var successor = rotated.Data<string>("plainKey");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(plain)).Status);
        Assert.Equal("Partner", KeyedApp.ViewerOf(await app.SendBearerAsync(successor)).Role);
        Assert.Equal("Key Holder website", rotated.Data<string>("apiKey.name"));

        var revoked = (await Mutate(app, admin, "revokeApiKey", "RevokeApiKeyInput", new { id = rotated.Data<string>("apiKey.id") }, $"apiKey {{ {KeyFields} }}")).AssertNoErrors();
        Assert.NotNull(revoked.Data<Key>("apiKey").RevokedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(successor)).Status);

        using var client = app.Client(admin);
        var listed = (await client.QueryAsync("{ apiKeys(where: { name: { eq: \"Key Holder website\" } }) { nodes { prefix revokedAt } } }"))
            .AssertNoErrors().Data<ListedKey[]>("apiKeys.nodes");
        Assert.Equal(2, listed.Length);
        Assert.All(listed, listedKey => Assert.NotNull(listedKey.RevokedAt));

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
        Assert.Equal(("NOT_ALLOWED", null), (refused.Error.Code, refused.Data<string?>("plainKey")));
        using var client = app.Client(curator);
        foreach (var query in new[] { "{ apiKeys { totalCount } }", "{ auditEvents { totalCount } }" })
        {
            var response = await client.QueryAsync(query);
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal(["NOT_ALLOWED"], response.ErrorCodes);
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
        Assert.NotEmpty(payload.Errors);
        Assert.All(payload.Errors, error => Assert.Equal((code, $"input.{field}"), (error.Code, error.Path)));
        Assert.Equal(before, await Counts(app));
    }

    [Fact]
    public async Task A_rotation_keeps_the_old_expiry_when_it_leaves_it_out_and_none_when_it_gives_null()
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", "Admin rotating");
        var expiry = app.Clock.GetUtcNow().AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var expiring = (await Create(app, admin, new { role = "CURATOR", name = "Expiring", expiresAt = expiry })).AssertNoErrors().Data<Key>("apiKey");
        Assert.NotNull(expiring.ExpiresAt);

        var kept = (await Rotate(app, admin, new { id = expiring.Id })).AssertNoErrors().Data<Key>("apiKey");
        Assert.Equal(expiring.ExpiresAt, kept.ExpiresAt);
        var endless = (await Rotate(app, admin, new { id = kept.Id, expiresAt = (string?)null })).AssertNoErrors().Data<Key>("apiKey");
        Assert.Null(endless.ExpiresAt);

        var before = await Counts(app);
        var passed = await Rotate(app, admin, new { id = endless.Id, expiresAt = "2001-01-01T00:00:00Z" });
        Assert.Equal(("VALIDATION", "input.expiresAt"), (passed.Error.Code, passed.Error.Path));
        Assert.Equal(before, await Counts(app));
    }

    private static Task<MutationPayload> Rotate(KeyedApp app, string admin, object input) =>
        Mutate(app, admin, "rotateApiKey", "RotateApiKeyInput", input, $"apiKey {{ {KeyFields} }}");

    [Fact]
    public async Task Revoking_an_unknown_or_revoked_key_changes_nothing()
    {
        var app = await apps.StartAsync();
        var admin = await app.CreateKeyAsync("--role", "admin", "--name", "Admin revoking");
        var revokedKey = await app.CreateKeyAsync("--role", "curator", "--name", "Gone");
        await app.KeysAsync("revoke", (await app.KeyAsync(revokedKey)).Prefix);
        var before = await Counts(app);
        var unknown = await Mutate(app, admin, "revokeApiKey", "RevokeApiKeyInput", new { id = GlobalId.Encode("ApiKey", Guid.CreateVersion7().ToString("N")) }, "apiKey { id }");
        Assert.Equal("NOT_FOUND", unknown.Error.Code);
        var again = await Mutate(app, admin, "rotateApiKey", "RotateApiKeyInput", new { id = GlobalId.Encode("ApiKey", (await app.KeyAsync(revokedKey)).Id.ToString("N")) }, "plainKey");
        Assert.Equal(("VALIDATION", null), (again.Error.Code, again.Data<string?>("plainKey")));
        Assert.Equal(before, await Counts(app));
    }
}
