namespace NetworkGraph.Data.Webhooks;

/// <summary>The one row that says up to which entry of the change log events have been dispatched to webhooks.</summary>
public sealed class WebhookDispatchCursor
{
    public const int TheRow = 1;

    public int Id { get; set; } = TheRow;
    public long Sequence { get; set; }
}
