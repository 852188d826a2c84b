using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Organisations;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// The service for the key tests, on a <see cref="ManualClock"/> and with the test-only <see cref="ViewerField"/>;
/// runs the keys command and sends requests with credentials.
/// </summary>
public sealed partial class KeyedApp
{
    private readonly WebApplicationFactory<Program> host;

    public KeyedApp(NetworkGraphApp app) =>
        host = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IQueryFields, ViewerField>();
            services.AddSingleton<TimeProvider>(Clock);
        }));

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public long SqlStatements => host.Services.GetRequiredService<SqlStatementCounter>().Count;

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

    /// <summary>A caller of this app that sends the key as a bearer token, or no key.</summary>
    public GraphQLClient Client(string? key = null) => new(host.CreateClient(), key);

    /// <summary>POSTs <c>{ testViewer }</c> with the headers.</summary>
    public async Task<GraphQLResponse> SendAsync(params (string Name, string Value)[] headers)
    {
        using var client = Client();
        return await client.SendAsync(new GraphQLRequest { Query = "{ testViewer }", Headers = headers });
    }

    public Task<GraphQLResponse> SendBearerAsync(string key) => SendAsync(("Authorization", $"Bearer {key}"));

    /// <summary>The viewer a <c>{ testViewer }</c> request ran as, from <see cref="ViewerField"/>; fails unless it succeeded.</summary>
    public static Viewer ViewerOf(GraphQLResponse response) =>
        JsonSerializer.Deserialize<Viewer>(response.AssertNoErrors().Data<string>("testViewer"), JsonSerializerOptions.Web)!;
}

public sealed record CommandRun(int ExitCode, string Output, string Errors);

/// <summary>What <see cref="ViewerField"/> tells of the caller.</summary>
public sealed record Viewer(string Role, string Actor, Guid? OrganisationId, Guid? ApiKeyId, string? RoleClaim);
