using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Tests.Access;

/// <summary>The <c>keys</c> command: a key is shown once and stored hashed; mistakes write nothing.</summary>
public sealed class KeysCommandTests(UncachedKeyApps apps) : IClassFixture<UncachedKeyApps>
{
    [Fact]
    public async Task Create_prints_the_key_once_and_stores_neither_the_key_nor_its_secret()
    {
        var app = await apps.StartAsync();
        var run = await app.KeysAsync("create", "--role", "curator", "--name", "Jane (curation team)");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Errors);
        var key = Assert.Single(KeyedApp.KeyPattern().Matches(run.Output)).Value;
        Assert.Contains("will not be shown again", run.Output);
        var secret = key[^43..];
        var secretBytes = Base64Url.DecodeFromChars(secret);

        var row = await app.KeyAsync(key);
        Assert.Equal("Jane (curation team)", row.Name);
        Assert.Equal(Role.Curator, row.Role);
        foreach (var value in await RawValuesAsync(app))
        {
            var text = value switch
            {
                byte[] bytes => $"{Encoding.UTF8.GetString(bytes)} {Convert.ToBase64String(bytes)} {Base64Url.EncodeToString(bytes)} {Convert.ToHexString(bytes)}",
                _ => Convert.ToString(value) ?? "",
            };
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain(key, text);
            if (value is byte[] stored) Assert.False(stored.AsSpan().IndexOf(secretBytes) >= 0, "A column holds the secret's bytes.");
        }
    }

    [Fact]
    public async Task Create_stores_an_expiry_date_as_the_start_of_that_day_in_UTC()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "admin", "--name", "Expiring admin", "--expires", "2099-01-31");
        Assert.Equal(new DateTime(2099, 1, 31, 0, 0, 0, DateTimeKind.Utc), (await app.KeyAsync(key)).ExpiresAt);
    }

    [Fact]
    public async Task List_shows_every_key_without_its_secret()
    {
        var app = await apps.StartAsync();
        await app.SeedOrganisationAsync("List Partner");
        var partner = await app.CreateKeyAsync("--role", "partner", "--name", "Partner frontend", "--organisation", "list-partner");
        var curator = await app.CreateKeyAsync("--role", "curator", "--name", "Listed curator");

        var run = await app.KeysAsync("list");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Regex.Split(line.TrimEnd(), " {2,}")).ToList();
        Assert.Equal(["prefix", "name", "role", "organisation", "created", "expires", "revoked", "last used"], rows[0]);
        Assert.Equal([ApiKeys.PrefixOf(partner)!, "Partner frontend", "partner", "list-partner"], Assert.Single(rows, row => row[0] == ApiKeys.PrefixOf(partner))[..4]);
        Assert.Equal([ApiKeys.PrefixOf(curator)!, "Listed curator", "curator", "-"], Assert.Single(rows, row => row[0] == ApiKeys.PrefixOf(curator))[..4]);
        Assert.Empty(KeyedApp.KeyPattern().Matches(run.Output));
        Assert.DoesNotContain(partner[^43..], run.Output);
        Assert.DoesNotContain(curator[^43..], run.Output);
    }

    [Fact]
    public async Task Revoke_ends_a_key_once()
    {
        var app = await apps.StartAsync();
        var key = await app.CreateKeyAsync("--role", "curator", "--name", "Leaving curator");

        var run = await app.KeysAsync("revoke", ApiKeys.PrefixOf(key)!);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Revoked", run.Output);
        var revokedAt = (await app.KeyAsync(key)).RevokedAt;
        Assert.NotNull(revokedAt);

        var again = await app.KeysAsync("revoke", ApiKeys.PrefixOf(key)!);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("revoked already", again.Output);
        Assert.Equal(revokedAt, (await app.KeyAsync(key)).RevokedAt);
    }

    public static TheoryData<string[]> BadArguments =>
    [
        [],
        ["rotate"],
        ["list", "--all"],
        ["create", "--name", "No role"],
        ["create", "--role", "curator"],
        ["create", "--role", "curator", "--name", "   "],
        ["create", "--role", "curator", "--name", new string('x', 201)],
        ["create", "--role", "anonymous", "--name", "Nobody"],
        ["create", "--role", "partner", "--name", "No organisation"],
        ["create", "--role", "partner", "--name", "Unknown organisation", "--organisation", "no-such-organisation"],
        ["create", "--role", "curator", "--name", "Curator of an organisation", "--organisation", "no-such-organisation"],
        ["create", "--role", "curator", "--name", "Bad date", "--expires", "soon"],
        ["create", "--role", "curator", "--name", "Past date", "--expires", "2001-01-31"],
        ["create", "--role", "curator", "--name", "Unknown option", "--colour", "red"],
        ["create", "--role", "curator", "--name"],
        ["create", "--role", "curator", "--role", "admin", "--name", "Twice"],
        ["revoke"],
        ["revoke", "nosuchprefix"],
    ];

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_explained_and_write_nothing(string[] args)
    {
        var app = await apps.StartAsync();
        var before = await SnapshotAsync(app);

        var run = await app.KeysAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.NotEmpty(run.Errors.Trim());
        Assert.Equal(before, await SnapshotAsync(app));
    }

    private static async Task<string> SnapshotAsync(KeyedApp app)
    {
        await using var db = await app.DbAsync();
        var keys = await db.ApiKeys.OrderBy(k => k.Prefix).Select(k => $"{k.Prefix} {k.Version} {k.RevokedAt}").ToListAsync();
        return string.Join('\n', keys);
    }

    /// <summary>Every value of every key row, as the database returns it.</summary>
    private static async Task<List<object>> RawValuesAsync(KeyedApp app)
    {
        await using var db = await app.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"ApiKeys\"";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync())
            values.AddRange(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue));
        return values;
    }
}
