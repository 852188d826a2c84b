namespace NetworkGraph.Api.Schema;

/// <summary>
/// Records as Relay nodes. A record's GraphQL type is named as its entity class (Organisation, Membership …), and its
/// global ID is that name with the record's GUID, so the name is written nowhere else.
/// </summary>
public static class EntityNodes
{
    /// <summary>The GraphQL type name of a record type, and the type part of its global IDs.</summary>
    public static string NameOf<T>() where T : Entity => typeof(T).Name;

    /// <summary>The global ID of a record.</summary>
    public static string IdOf<T>(Guid id) where T : Entity => GlobalId.Encode(NameOf<T>(), id.ToString("N"));

    /// <summary>The GUID of a global ID of the record type; false for a missing, malformed or foreign ID.</summary>
    public static bool TryDecode<T>(string? id, out Guid guid) where T : Entity => GlobalId.TryDecodeGuid(id, NameOf<T>(), out guid);

    /// <summary>Makes the graph type the Relay node of its record type.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type) where T : Entity =>
        type.IsNode(NameOf<T>(), record => record.Id.ToString("N"));
}
