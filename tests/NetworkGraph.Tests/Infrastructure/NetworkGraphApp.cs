using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// The real service in process, over a fresh database with reference data and no demo network; settings,
/// when given, override the configuration (e.g. "GraphQL:MaxCost").
/// </summary>
public sealed class NetworkGraphApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    public long SqlStatements => Services.GetRequiredService<SqlStatementCounter>().Count;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:NetworkGraph", Database.ConnectionString);
        builder.UseSetting("Database:PrepareOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        // Tests introspect without a key and send bursts of requests from one address; the hardening tests switch
        // these protections on through their settings.
        builder.UseSetting("GraphQL:AnonymousIntrospection", "true");
        builder.UseSetting("RateLimits:PermitsPerMinute", "0");
        builder.UseSetting("RateLimits:KeyPermitsPerMinute", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>Writes records straight to the database, as curators would have, and refreshes the search index.</summary>
    public async Task SeedAsync(Action<NetworkGraphDbContext> add)
    {
        _ = Server; // start the host, which migrates the database
        var contexts = Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
        await SearchIndex.RebuildAsync(db);
    }

    /// <summary>A client that sends a new curator key, as GraphiQL users and admin tools do.</summary>
    public Task<HttpClient> CuratorClientAsync() => KeyClientAsync(Role.Curator);

    /// <summary>A client that sends a new key of the role (a partner's acts for the organisation).</summary>
    public async Task<HttpClient> KeyClientAsync(Role role, Guid? organisationId = null)
    {
        _ = Server;
        await using var db = await Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var key = await ApiKeys.CreateAsync(db, role, $"{role.ToString().ToLowerInvariant()} {Guid.NewGuid():N}", organisationId);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.PlainKey);
        return client;
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response body; fails on a non-success status.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync("/graphql", JsonBody(new { query, variables }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Like <see cref="QueryAsync"/>, and fails when the response has errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await QueryAsync(query, variables);
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!;
    }

    public static StringContent JsonBody(object body, string contentType = "application/json") =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
