namespace NetworkGraph.Data.Common;

/// <summary>
/// One localized field of one record in one locale. The record's own columns hold its default
/// locale; rows here hold the other locales. Keyed by the owner's GUID, which is unique across types.
/// </summary>
public sealed class LocalizedText
{
    public Guid OwnerId { get; set; }
    public string Field { get; set; } = "";
    public string Locale { get; set; } = "";
    public string Text { get; set; } = "";
}
