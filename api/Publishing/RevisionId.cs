using NetworkGraph.Data.Publishing;

namespace NetworkGraph.Api.Publishing;

/// <summary>Revisions' global IDs: "Revision" and the revision's GUID.</summary>
public static class RevisionId
{
    public const string TypeName = "Revision";

    public static string Of(Revision revision) => GlobalId.Encode(TypeName, revision.Id.ToString("N"));

    /// <summary>The revision's GUID; an ID that is malformed or of another type is a coded error.</summary>
    public static Guid Decode(string id) => GlobalId.DecodeGuid(id, TypeName);
}
