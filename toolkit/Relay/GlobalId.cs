using System.Text;

namespace NetworkGraph.GraphQL.Relay;

/// <summary>Opaque, type-tagged IDs: base64 of "Type:key".</summary>
public static class GlobalId
{
    public static string Encode(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    /// <summary>Splits an ID into its type and key; a malformed ID is a coded error.</summary>
    public static (string Type, string Key) Decode(string id)
    {
        var bytes = new byte[id.Length];
        if (id.Length is 0 or > 200 || !Convert.TryFromBase64String(id, bytes, out var length))
            throw Invalid(id);
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) throw Invalid(id);
        return (text[..colon], text[(colon + 1)..]);
    }

    /// <summary>Decodes an ID that must carry a GUID key and, unless <paramref name="expectedType"/> is null, be of that type.</summary>
    public static Guid DecodeGuid(string id, string? expectedType)
    {
        var (type, key) = Decode(id);
        if (expectedType is not null && type != expectedType)
            throw new CodedError(ErrorCodes.InvalidId, $"The ID '{id}' is not {Naming.WithArticle(expectedType)} ID.");
        return Guid.TryParseExact(key, "N", out var guid) ? guid : throw Invalid(id);
    }

    /// <summary>Decodes an ID of the given type with a GUID key; false for a missing, malformed or foreign ID.</summary>
    public static bool TryDecodeGuid(string? id, string type, out Guid guid)
    {
        guid = Guid.Empty;
        if (id is null) return false;
        try
        {
            guid = DecodeGuid(id, type);
            return true;
        }
        catch (CodedError)
        {
            return false;
        }
    }

    private static CodedError Invalid(string id) =>
        new(ErrorCodes.InvalidId, $"The ID '{Truncate(id)}' is not a valid NetworkGraph ID.");

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
