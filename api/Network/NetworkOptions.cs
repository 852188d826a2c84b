namespace NetworkGraph.Api.Network;

/// <summary>How the network engine follows the change log, bound from the "Network" configuration section.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>How often the engine reads the log for changes other instances committed; this instance's own are applied at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
