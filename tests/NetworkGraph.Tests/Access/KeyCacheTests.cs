using System.Net;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Tests.Access;

/// <summary>With Access:KeyCacheSeconds at 30, a key in use costs no SQL, and a revocation shows within 30 seconds.</summary>
public sealed class KeyCacheTests(CachedKeyApps apps) : IClassFixture<CachedKeyApps>
{
    [Fact]
    public async Task A_key_in_use_costs_no_SQL_until_the_cache_window_has_passed()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Hot key");
        await app.SendBearerAsync(key);

        var statements = app.SqlStatements;
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(9));
            Assert.Equal("Curator", KeyedApp.ViewerOf(await app.SendBearerAsync(key)).Role);
        }
        Assert.Equal(statements, app.SqlStatements);

        app.Clock.Advance(TimeSpan.FromSeconds(3));
        await app.SendBearerAsync(key);
        Assert.Equal(statements + 1, app.SqlStatements);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_once_the_cache_window_has_passed()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Revoked while cached");
        Assert.Equal(HttpStatusCode.OK, (await app.SendBearerAsync(key)).Status);
        Assert.Equal(0, (await app.KeysAsync("revoke", ApiKeys.PrefixOf(key)!)).ExitCode);

        app.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.OK, (await app.SendBearerAsync(key)).Status);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(key)).Status);
    }

    [Fact]
    public async Task A_cached_key_is_refused_as_soon_as_it_expires()
    {
        var app = await apps.StartAsync();
        await using var db = await app.DbAsync();
        var key = (await ApiKeys.CreateAsync(db, Role.Curator, "Expiring while cached", expiresAt: app.Clock.UtcNow.AddSeconds(10))).PlainKey;
        Assert.Equal(HttpStatusCode.OK, (await app.SendBearerAsync(key)).Status);

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendBearerAsync(key)).Status);
    }
}
