using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Changes;

public static class ChangeRegistration
{
    /// <summary>What follows the change log: the signal of commits, PostgreSQL's notifications of other instances' commits, and the event feed.</summary>
    public static void AddChanges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChangeOptions>(configuration.GetSection(ChangeOptions.Section));
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<IChangeLogListener>(provider => provider.GetRequiredService<ChangeSignal>());
        services.AddHostedService<ChangeNotifications>();
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
    }
}
