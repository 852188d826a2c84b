namespace NetworkGraph.Api.Changes;

/// <summary>How this instance follows the change log, bound from the "Changes" configuration section.</summary>
public sealed class ChangeOptions
{
    public const string Section = "Changes";

    /// <summary>How often the log is read for changes other instances committed; this instance's own are read at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether, on PostgreSQL, this instance also listens for other instances' commits (LISTEN/NOTIFY) and reads the log at
    /// once. Turn it off behind a pooler that does not keep a session (PgBouncer in transaction mode); polling remains.
    /// </summary>
    public bool Listen { get; set; } = true;
}
