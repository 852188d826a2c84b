using NetworkGraph.Data;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// One app per database provider for a test class, started when a test first asks for it. A derived fixture
/// passes settings for test classes that need other limits.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<NetworkGraphApp>> apps = [];
    private readonly Lock gate = new();
    private readonly IReadOnlyDictionary<string, string>? settings;

    public AppFixture() { }

    protected AppFixture(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>The providers a theory runs on: SQLite, and each server provider that has a server configured.</summary>
    public static TheoryData<DatabaseProvider> Providers => [.. TestDatabase.Configured];

    /// <summary>The app for a configured provider.</summary>
    public Task<NetworkGraphApp> For(DatabaseProvider provider, Func<NetworkGraphApp, Task>? seed = null)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(provider, out var app))
                apps[provider] = app = Start(provider, seed);
            return app;
        }
    }

    private async Task<NetworkGraphApp> Start(DatabaseProvider provider, Func<NetworkGraphApp, Task>? seed)
    {
        var app = new NetworkGraphApp(TestDatabase.Create(provider), settings);
        if (seed is not null) await seed(app);
        return app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values) await (await app).DisposeAsync();
    }
}
