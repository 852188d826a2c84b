using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Api.Schema;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Organisations;
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

    public HttpClient CreateClient() => host.CreateClient();

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

    /// <summary>POSTs <c>{ testViewer }</c> with the headers.</summary>
    public async Task<Reply> SendAsync(params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = NetworkGraphApp.JsonBody(new { query = "{ testViewer }" }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var client = host.CreateClient();
        using var response = await client.SendAsync(request);
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Headers.WwwAuthenticate.ToString(), await response.Content.ReadAsStringAsync());
    }

    public Task<Reply> SendBearerAsync(string key) => SendAsync(("Authorization", $"Bearer {key}"));
}

public sealed record CommandRun(int ExitCode, string Output, string Errors);

public sealed record Reply(HttpStatusCode Status, string? MediaType, string WwwAuthenticate, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? Code => Json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>The viewer the request ran as, from <see cref="ViewerField"/>.</summary>
    public JsonNode Viewer
    {
        get
        {
            Assert.True(Status == HttpStatusCode.OK, Body);
            return JsonNode.Parse(Json["data"]!["testViewer"]!.GetValue<string>())!;
        }
    }
}
