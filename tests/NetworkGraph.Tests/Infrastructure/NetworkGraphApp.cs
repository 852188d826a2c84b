using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Changes;
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

    /// <summary>Whether another app prepared the database and drops it (<see cref="Beside"/>).</summary>
    private bool SharesDatabase { get; init; }

    /// <summary>
    /// Another instance of the service on this app's database, with the same settings and services, as a second server
    /// would be: it does not migrate or seed (this app did, when it started), and leaves the database to this app to drop.
    /// Dispose it before this app.
    /// </summary>
    public NetworkGraphApp Beside() =>
        new(Database, new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Database:PrepareOnStart"] = "false" }, services)
        {
            SharesDatabase = true,
        };

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

    /// <summary>Writes records straight to the database, as curators would have, and refreshes the search index and the network.</summary>
    public async Task SeedAsync(Action<NetworkGraphDbContext> add)
    {
        StartServer(); // start the host, which migrates the database
        var contexts = Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
        await SearchIndex.RebuildAsync(db);
        await ChangeLog.LoadedAsync(db, CancellationToken.None);
    }

    /// <summary>
    /// Starts the service on a free port of the loopback address, as a server runs it, and returns its address (e.g.
    /// http://127.0.0.1:5123/): for clients that need a real socket, such as WebSockets and event streams.
    /// </summary>
    public Uri StartOnPort()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
    }

    /// <summary>A caller without a key.</summary>
    public GraphQLClient AnonymousClient() => new(CreateClient());

    /// <summary>A caller of the role: without a key when anonymous, else with a new key (a partner's acts for the organisation).</summary>
    public async Task<GraphQLClient> ClientAsync(Role role, Guid? organisationId = null) =>
        role == Role.Anonymous ? AnonymousClient() : await KeyClientAsync(role, organisationId);

    /// <summary>A caller with a new curator key, as GraphiQL users and admin tools are.</summary>
    public Task<GraphQLClient> CuratorClientAsync() => KeyClientAsync(Role.Curator);

    /// <summary>A caller with a new key of the role (a partner's acts for the organisation).</summary>
    public async Task<GraphQLClient> KeyClientAsync(Role role, Guid? organisationId = null) =>
        new(CreateClient(), await CreateKeyAsync(role, organisationId));

    /// <summary>A new key of the role (a partner's acts for the organisation), as the caller is shown it once.</summary>
    public async Task<string> CreateKeyAsync(Role role, Guid? organisationId = null)
    {
        StartServer();
        await using var db = await Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        var key = await ApiKeys.CreateAsync(db, role, $"{role.ToString().ToLowerInvariant()} {Guid.NewGuid():N}", organisationId);
        return key.PlainKey;
    }

    /// <summary>An anonymous caller's query or mutation.</summary>
    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null) => SendAsync(new GraphQLRequest { Query = query, Variables = variables });

    /// <summary>An anonymous caller's request.</summary>
    public async Task<GraphQLResponse> SendAsync(GraphQLRequest request)
    {
        using var client = AnonymousClient();
        return await client.SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!SharesDatabase) await Database.DisposeAsync();
    }
}
