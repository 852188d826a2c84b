using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Data.Seeding;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// Administrative commands run instead of the web server:
/// <c>migrate</c> applies the migrations of the configured provider;
/// <c>seed [--organisations N] [--edges M] [--seed S]</c> fills an empty database with reference data and
/// either the demo network or, with --organisations, a large synthetic network for benchmarks;
/// <c>keys create|list|revoke</c> manages API keys (see <see cref="KeysCommand"/>) and sets the exit code.
/// </summary>
public static class Commands
{
    public static async Task<bool> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        try
        {
            await RunCommandAsync(app, args);
        }
        catch (ArgumentException usage)
        {
            await Console.Error.WriteLineAsync(usage.Message);
            Environment.ExitCode = 2;
        }
        return true;
    }

    private static async Task RunCommandAsync(WebApplication app, string[] args)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        switch (args[0])
        {
            case "migrate":
                await db.Database.MigrateAsync();
                Console.WriteLine($"Migrated the {DatabaseSetup.ProviderFrom(app.Configuration)} database.");
                break;
            case "seed":
                await db.Database.MigrateAsync();
                var options = SeedOptions.Parse(args.Skip(1).ToArray());
                await DatabaseSeeder.SeedAsync(db, options, Console.Out);
                break;
            case "keys":
                Environment.ExitCode = await new KeysCommand(db, Console.Out, Console.Error).RunAsync(args[1..]);
                break;
            default:
                throw new ArgumentException($"Unknown command '{args[0]}'. Commands: migrate, seed, keys.");
        }
    }
}
