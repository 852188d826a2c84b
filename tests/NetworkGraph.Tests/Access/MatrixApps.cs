using System.Collections.Concurrent;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// One app per provider seeded with a matrix's records, and one client per role on it; the partner's key acts for an
/// organisation of its own, which nothing is tied to.
/// </summary>
public abstract class MatrixApps(Func<NetworkGraphApp, Task> seed) : AppFixture
{
    private static readonly Guid PartnerHome = Guid.CreateVersion7();

    private readonly ConcurrentDictionary<(DatabaseProvider, Role), Lazy<Task<GraphQLClient>>> clients = new();

    public Task<GraphQLClient> ClientAsync(DatabaseProvider provider, Role role) =>
        clients.GetOrAdd((provider, role), _ => new(async () =>
        {
            var app = await For(provider, async app =>
            {
                await seed(app);
                var home = Organisation("Matrix Partner Home");
                home.Id = PartnerHome;
                await app.SeedAsync(db => db.Add(home));
            });
            return await app.ClientAsync(role, role == Role.Partner ? PartnerHome : null);
        })).Value;
}
