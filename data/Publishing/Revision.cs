namespace NetworkGraph.Data.Publishing;

/// <summary>A full JSON snapshot of a curated record, written on every save.</summary>
public sealed class Revision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string RecordType { get; set; } = "";
    public Guid RecordId { get; set; }
    public int Number { get; set; }
    public string Snapshot { get; set; } = "";
    public string? Author { get; set; }
    public DateTime CreatedAt { get; set; }
}
