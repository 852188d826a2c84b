using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Access;

/// <summary>One <see cref="KeyedApp"/> on SQLite for a test class, started when a test first asks for it.</summary>
public abstract class KeyApps : AppFixture
{
    private readonly Lazy<Task<KeyedApp>> app;

    protected KeyApps(IReadOnlyDictionary<string, string> settings) : base(settings) =>
        app = new(async () => new KeyedApp(await For(DatabaseProvider.Sqlite)));

    public Task<KeyedApp> StartAsync() => app.Value;
}

/// <summary>Keys are read from the database on every request, so a revocation shows at once.</summary>
public sealed class UncachedKeyApps() : KeyApps(new Dictionary<string, string> { ["Access:KeyCacheSeconds"] = "0" });

/// <summary>Verified keys are cached for the configured 30 seconds.</summary>
public sealed class CachedKeyApps() : KeyApps(new Dictionary<string, string> { ["Access:KeyCacheSeconds"] = "30" });
