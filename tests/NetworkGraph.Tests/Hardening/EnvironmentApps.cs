using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// One app on SQLite, with the test-only <see cref="FailingField"/>, in the environment named and with the settings
/// left at their defaults for it.
/// </summary>
public abstract class EnvironmentApps(string environment) : IAsyncLifetime
{
    private readonly Lazy<NetworkGraphApp> app = new(() => new NetworkGraphApp(TestDatabase.Create(DatabaseProvider.Sqlite),
        new Dictionary<string, string>
        {
            ["environment"] = environment,
            // Empty leaves the setting unset, as a deployment that does not mention it.
            ["GraphQL:AnonymousIntrospection"] = "",
        },
        services => services.AddSingleton<IQueryFields, FailingField>()));

    public NetworkGraphApp App => app.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app.IsValueCreated) await app.Value.DisposeAsync();
    }
}

public sealed class DevelopmentApps() : EnvironmentApps("Development");

public sealed class ProductionApps() : EnvironmentApps("Production");
