using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access;

/// <summary>Who is asking: the role, a name for the audit log, and for partners the organisation they act for.</summary>
public sealed record Viewer(Role Role, string Actor, Guid? OrganisationId = null, Guid? ApiKeyId = null)
{
    public static readonly Viewer Anonymous = new(Role.Anonymous, "anonymous");

    /// <summary>The background worker that publishes and unpublishes records when their time comes, with an administrator's rights.</summary>
    public static readonly Viewer Scheduler = new(Role.Admin, "scheduler");

    /// <summary>The background worker that delivers webhooks, as the audit log names it when it disables one.</summary>
    public static readonly Viewer WebhookDelivery = new(Role.Admin, "webhook delivery");

    public bool IsStaff => Role is Role.Curator or Role.Admin;

    public bool IsAnonymous => Role == Role.Anonymous;
}

/// <summary>The viewer of the current request; anonymous until authentication says otherwise.</summary>
public sealed class CurrentViewer
{
    public Viewer Viewer { get; set; } = Viewer.Anonymous;
}
