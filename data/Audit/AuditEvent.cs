using NetworkGraph.Data.Common;

namespace NetworkGraph.Data.Audit;

/// <summary>An append-only record of a change or of a read of a restricted field.</summary>
public sealed class AuditEvent : IIdentified
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime OccurredAt { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? RecordType { get; set; }
    public Guid? RecordId { get; set; }
    /// <summary>Field-level before/after as JSON; never holds erased personal data.</summary>
    public string? Details { get; set; }
}
