namespace NetworkGraph.Api.Network;

public static class NetworkRegistration
{
    /// <summary>The network engine, its follower of the change log (<see cref="Changes.ChangeRegistration"/>), and the <c>network</c> query field.</summary>
    public static void AddNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NetworkOptions>().Bind(configuration.GetSection(NetworkOptions.Section))
            .Validate(options => options.ExactBetweennessLimit > 0, $"{NetworkOptions.Section}:{nameof(NetworkOptions.ExactBetweennessLimit)} must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<NetworkEngine>();
        services.AddHostedService<NetworkFollower>();
        services.AddSingleton<IQueryFields, NetworkQueries>();
    }
}
