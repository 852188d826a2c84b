using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

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
        using var client = new GraphQLClient(app.CreateClient());
        var request = new GraphQLRequest { Query = "{ organisations { totalCount } }", Accept = null };

        var down = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal(["DATABASE_UNAVAILABLE"], down.ErrorCodes);
        Assert.DoesNotContain("SQLite", down.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).Status);

        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<NetworkGraphDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        await using (var db = new NetworkGraphDbContext(options.Options)) await db.Database.MigrateAsync();

        var up = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, up.AssertNoErrors().Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).Status);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
