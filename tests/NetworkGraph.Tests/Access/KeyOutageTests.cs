using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>A key that cannot be checked because the database is away gets 503, as queries do, not 401 or 500.</summary>
public sealed class KeyOutageTests
{
    [Fact]
    public async Task A_key_is_answered_503_while_the_database_is_away()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"networkgraph-keys-{Guid.NewGuid():N}");
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:NetworkGraph", $"Data Source={Path.Combine(folder, "absent.db")}");
            builder.UseSetting("Database:PrepareOnStart", "false");
        });
        using var client = new GraphQLClient(app.CreateClient());

        var response = await client.SendAsync(new GraphQLRequest
        {
            Query = "{ __typename }", Accept = null, Headers = [("X-Api-Key", $"ng_{new string('a', 12)}_{new string('A', 43)}")],
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["DATABASE_UNAVAILABLE"], response.ErrorCodes);
    }
}
