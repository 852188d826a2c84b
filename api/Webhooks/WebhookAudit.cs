using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>What the audit log says of webhooks: the actions, and the fields of a webhook it records — never a secret.</summary>
public static class WebhookAudit
{
    public const string Created = "webhook.create";
    public const string Updated = "webhook.update";
    public const string SecretRotated = "webhook.rotateSecret";
    public const string Deleted = "webhook.delete";
    public const string Disabled = "webhook.disable";
    public const string Redelivered = "webhook.redeliver";

    public static Dictionary<string, object?> Snapshot(Webhook webhook) => new()
    {
        ["url"] = webhook.Url, ["description"] = webhook.Description, ["events"] = webhook.Events.ToList(), ["enabled"] = webhook.Enabled,
        ["disabledReason"] = webhook.DisabledReason?.ToString(),
        ["owner"] = webhook.OrganisationId is { } organisation ? EntityNodes.IdOf<Organisation>(organisation) : null,
        ["previousSecretUntil"] = webhook.PreviousSecretUntil,
    };
}
