using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Network;

public static class NetworkRegistration
{
    /// <summary>The network engine, its follower of the change log, and the <c>network</c> query field.</summary>
    public static void AddNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NetworkOptions>(configuration.GetSection(NetworkOptions.Section));
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<IChangeLogListener>(provider => provider.GetRequiredService<ChangeSignal>());
        services.AddSingleton<NetworkEngine>();
        services.AddHostedService<NetworkFollower>();
        services.AddSingleton<IQueryFields, NetworkQueries>();
    }
}
