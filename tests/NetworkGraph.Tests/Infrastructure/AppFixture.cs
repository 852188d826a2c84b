using NetworkGraph.Data;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>One app per database provider for a test class, started when a test first asks for it.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<NetworkGraphApp>> apps = [];
    private readonly Lock gate = new();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL, DatabaseProvider.SqlServer];

    /// <summary>The app for a provider; a test on a server provider is skipped with the reason when no server is configured.</summary>
    public Task<NetworkGraphApp> For(DatabaseProvider provider, Func<NetworkGraphApp, Task>? seed = null)
    {
        Skip.If(TestDatabase.ServerFor(provider) is null, TestDatabase.SkipReason(provider));
        lock (gate)
        {
            if (!apps.TryGetValue(provider, out var app))
                apps[provider] = app = Start(provider, seed);
            return app;
        }
    }

    private static async Task<NetworkGraphApp> Start(DatabaseProvider provider, Func<NetworkGraphApp, Task>? seed)
    {
        var app = new NetworkGraphApp(TestDatabase.Create(provider));
        if (seed is not null) await seed(app);
        return app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values) await (await app).DisposeAsync();
    }
}
