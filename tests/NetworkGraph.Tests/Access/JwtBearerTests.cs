using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkGraph.GraphQL.Relay;

namespace NetworkGraph.Tests.Access;

/// <summary>An identity provider signing with a shared key, as configured in Access:Jwt.</summary>
public sealed class JwtKeyApps() : KeyApps(new Dictionary<string, string>
{
    ["Access:Jwt:SigningKey"] = JwtBearerTests.Secret, ["Access:Jwt:Issuer"] = JwtBearerTests.Issuer, ["Access:Jwt:Audience"] = "networkgraph",
});

/// <summary>Tokens of an external identity provider map their role and organisation claims to a caller; anything amiss is a 401.</summary>
public sealed class JwtBearerTests(JwtKeyApps apps) : IClassFixture<JwtKeyApps>
{
    public const string Secret = "a shared secret of the identity provider, long enough";
    public const string Issuer = "https://id.example.org";

    private static string Token(Dictionary<string, object> claims, string audience = "networkgraph", string secret = Secret, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = audience, Claims = claims,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10), NotBefore = (expires ?? DateTime.UtcNow).AddMinutes(-20), IssuedAt = (expires ?? DateTime.UtcNow).AddMinutes(-20),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });

    [Fact]
    public async Task A_curator_token_makes_the_caller_a_curator_named_by_its_subject()
    {
        var app = await apps.StartAsync();
        var viewer = KeyedApp.ViewerOf(await app.SendBearerAsync(Token(new() { ["sub"] = "jane@example.org", ["role"] = "curator" })));
        Assert.Equal(("Curator", "jwt:jane@example.org"), (viewer.Role, viewer.Actor));
    }

    [Fact]
    public async Task A_partner_token_acts_for_the_organisation_of_its_claim()
    {
        var app = await apps.StartAsync();
        var organisation = Guid.CreateVersion7();
        var byGlobalId = GlobalId.Encode("Organisation", organisation.ToString("N"));
        foreach (var claim in new[] { organisation.ToString(), byGlobalId })
        {
            var viewer = KeyedApp.ViewerOf(await app.SendBearerAsync(Token(new() { ["sub"] = "partner-site", ["role"] = "partner", ["organisation"] = claim })));
            Assert.Equal(("Partner", organisation), (viewer.Role, viewer.OrganisationId));
        }
    }

    public static TheoryData<string, string> RefusedTokens() => new()
    {
        { "another audience", Token(new() { ["sub"] = "x", ["role"] = "curator" }, audience: "another-service") },
        { "another signing key", Token(new() { ["sub"] = "x", ["role"] = "curator" }, secret: "someone else's secret, just as long as ours") },
        { "expired", Token(new() { ["sub"] = "x", ["role"] = "curator" }, expires: DateTime.UtcNow.AddHours(-1)) },
        { "no role", Token(new() { ["sub"] = "x" }) },
        { "unknown role", Token(new() { ["sub"] = "x", ["role"] = "owner" }) },
        { "partner without organisation", Token(new() { ["sub"] = "x", ["role"] = "partner" }) },
        { "curator with organisation", Token(new() { ["sub"] = "x", ["role"] = "curator", ["organisation"] = Guid.CreateVersion7().ToString() }) },
        { "no subject", Token(new() { ["role"] = "admin" }) },
        { "not a token", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_that_is_wrong_in_any_way_gets_401(string caseName, string token)
    {
        var reply = await (await apps.StartAsync()).SendBearerAsync(token);
        Assert.True(reply.Status == HttpStatusCode.Unauthorized, $"{caseName}: {reply.Body}");
        Assert.Equal(["UNAUTHENTICATED"], reply.ErrorCodes);
        Assert.Equal("Bearer", reply.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Api_keys_still_work_beside_tokens()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "admin", "--name", "Operations");
        Assert.Equal("Admin", KeyedApp.ViewerOf(await app.SendBearerAsync(key)).Role);
    }
}
