using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Webhooks;

/// <summary>
/// An endpoint that is sent the events it subscribes to, signed with its secret. It belongs to a partner's organisation,
/// or, without one, to the administrators.
/// </summary>
public sealed class Webhook : Entity
{
    /// <summary>The partner organisation that owns the webhook; null for the administrators' own.</summary>
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public string Url { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The names of the events it is sent, e.g. "tie.added".</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>The signing secret (<c>whsec_…</c>): stored to sign, shown to the owner once, never read back.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The secret a rotation replaced, which still signs until <see cref="PreviousSecretUntil"/>.</summary>
    public string? PreviousSecret { get; set; }
    public DateTime? PreviousSecretUntil { get; set; }

    public bool Enabled { get; set; } = true;
    public WebhookDisabledReason? DisabledReason { get; set; }
    public DateTime? DisabledAt { get; set; }

    /// <summary>Since when every attempt to the endpoint has failed; null while the last one succeeded.</summary>
    public DateTime? FailingSince { get; set; }
}

public enum WebhookDisabledReason
{
    /// <summary>Its owner disabled it.</summary>
    Owner,

    /// <summary>The endpoint answered 410 Gone.</summary>
    Gone,

    /// <summary>Every attempt failed for longer than the configured time.</summary>
    Failing,
}
