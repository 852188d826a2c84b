using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data;

namespace NetworkGraph.Tests.Transport;

/// <summary>Without its database the service answers 503 with a clear error, and recovers when the database is back.</summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"networkgraph-outage-{Guid.NewGuid():N}");
    private string ConnectionString => $"Data Source={Path.Combine(folder, "later.db")}";
    private WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:NetworkGraph", ConnectionString);
            builder.UseSetting("Database:PrepareOnStart", "false");
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_service_answers_503_while_the_database_is_away_and_recovers_without_a_restart()
    {
        using var client = app.CreateClient();
        const string query = "{\"query\": \"{ organisations { totalCount } }\"}";

        var down = await client.PostAsync("/graphql", new StringContent(query, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var error = JsonNode.Parse(await down.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("DATABASE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("SQLite", error.ToJsonString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<NetworkGraphDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        await using (var db = new NetworkGraphDbContext(options.Options)) await db.Database.MigrateAsync();

        var up = await client.PostAsync("/graphql", new StringContent(query, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
