using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

public static class DemoNetwork
{
    public static async Task SeedAsync(NetworkGraphDbContext db, int seed, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        for (var i = 0; i < 10; i++)
            db.Organisations.Add(new Organisation
            {
                Slug = $"demo-{i}", Name = $"Demo organisation {i}", HeadquartersCountryCode = "AM",
                Status = ContentStatus.Published, FoundedYear = 1990 + random.Next(30),
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
