using System.Text.Json;
using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

/// <summary>The field-level difference of two revisions, computed as the audit log computes a change.</summary>
public static class RevisionChanges
{
    /// <summary>The fields that differ from <paramref name="from"/> to <paramref name="to"/>; every field of <paramref name="to"/> when there is no <paramref name="from"/>.</summary>
    public static IReadOnlyList<AuditChange> Between(Revision? from, Revision to) =>
        AuditChange.Parse(JsonSerializer.Serialize(AuditTrail.Changes(from is null ? null : Fields(from), Fields(to))));

    private static Dictionary<string, object?> Fields(Revision revision) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(revision.Snapshot) ?? [];
}

public sealed class RevisionChangeType() : FieldChangeGraphType("RevisionChange",
    "A field that differs between two revisions, with its value in each.",
    "The value in the earlier revision, as JSON; \"null\" when it had none.");
