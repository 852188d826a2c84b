using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// The service for the key tests: runs the keys command and reads the keys back.
/// </summary>
public sealed partial class KeyedApp(NetworkGraphApp host)
{
    [GeneratedRegex("ng_[a-z2-7]{12}_[A-Za-z0-9_-]{43}")]
    public static partial Regex KeyPattern();

    public Task<NetworkGraphDbContext> DbAsync() =>
        host.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();

    public async Task<ApiKey> KeyAsync(string plainKey)
    {
        await using var db = await DbAsync();
        return await db.ApiKeys.SingleAsync(k => k.Prefix == ApiKeys.PrefixOf(plainKey));
    }

    public async Task<Organisation> SeedOrganisationAsync(string name)
    {
        await using var db = await DbAsync();
        var organisation = TestData.Organisation(name);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>Runs <c>keys</c> with the arguments, as the command line does.</summary>
    public async Task<CommandRun> KeysAsync(params string[] args)
    {
        await using var db = await DbAsync();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await new KeysCommand(db, output, errors).RunAsync(args);
        return new CommandRun(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Creates a key with <c>keys create</c> and the options, and returns the key it printed.</summary>
    public async Task<string> CreateKeyAsync(params string[] options)
    {
        var run = await KeysAsync(["create", .. options]);
        Assert.True(run.ExitCode == 0, run.Errors);
        return KeyPattern().Match(run.Output).Value;
    }
}

public sealed record CommandRun(int ExitCode, string Output, string Errors);
