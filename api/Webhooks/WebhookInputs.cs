namespace NetworkGraph.Api.Webhooks;

/// <summary>The input of <c>createWebhook</c>.</summary>
public sealed record CreateWebhookInput
{
    public string Url { get; init; } = "";
    public List<string> Events { get; init; } = [];
    public string? Description { get; init; }
}

/// <summary>The input of <c>updateWebhook</c>: the fields given change, the others stay.</summary>
public sealed record UpdateWebhookInput : RecordVersion
{
    public Optional<string?> Url { get; init; }
    public Optional<List<string>?> Events { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<bool?> Enabled { get; init; }
}

/// <summary>The input of <c>redeliverWebhookEvent</c>: the delivery to queue again, by its global ID.</summary>
public sealed record RedeliverWebhookEventInput
{
    public string Delivery { get; init; } = "";
}
