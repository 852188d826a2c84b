using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.GraphQL.Subscriptions;
using NetworkGraph.Tests.Access;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>
/// The service on SQLite listening on a port of the loopback address, for a test class, with the test-only
/// <see cref="TestStreams"/> and <see cref="ViewerField"/>, and JWT bearer tokens signed as in <see cref="JwtBearerTests"/>.
/// A derived fixture adds settings.
/// </summary>
public class SubscriptionApps : IAsyncLifetime
{
    private readonly Dictionary<string, string> settings = new()
    {
        ["Access:Jwt:SigningKey"] = JwtBearerTests.Secret, ["Access:Jwt:Issuer"] = JwtBearerTests.Issuer, ["Access:Jwt:Audience"] = "networkgraph",
    };

    private NetworkGraphApp? app;

    public SubscriptionApps() { }

    protected SubscriptionApps(IReadOnlyDictionary<string, string> more)
    {
        foreach (var (key, value) in more) settings[key] = value;
    }

    public NetworkGraphApp App => app ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>The HTTP address of the running service, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; private set; } = null!;

    public TestChannels Channels => App.Services.GetRequiredService<TestChannels>();

    public Task InitializeAsync()
    {
        app = new NetworkGraphApp(TestDatabase.Create(DatabaseProvider.Sqlite), settings, services =>
        {
            services.AddSingleton<TestChannels>();
            services.AddSingleton<ISubscriptionFields, TestStreams>();
            services.AddTransient<PushedEventType>();
            services.AddScoped<ScopeMarker>();
            services.AddSingleton<IQueryFields, ViewerField>();
        });
        Address = app.StartOnPort();
        return Task.CompletedTask;
    }

    /// <summary>A WebSocket to /graphql asking for the subprotocol (none when null), with the upgrade request's headers.</summary>
    public Task<ProtocolSocket> ConnectAsync(string? subprotocol = ProtocolSocket.Subprotocol, params (string Name, string Value)[] headers) =>
        ProtocolSocket.ConnectAsync(new Uri(Address, "graphql"), subprotocol, headers);

    /// <summary>An HTTP client of the running service.</summary>
    public HttpClient Http() => new() { BaseAddress = Address, Timeout = ProtocolSocket.Patience };

    /// <summary>A new partner key, for an organisation of its own.</summary>
    public async Task<string> PartnerKeyAsync()
    {
        var organisation = TestData.Organisation($"Partner {Guid.NewGuid():N}");
        await App.SeedAsync(db => db.Organisations.Add(organisation));
        return await App.CreateKeyAsync(Role.Partner, organisation.Id);
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
