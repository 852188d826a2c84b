using System.Text;

namespace NetworkGraph.GraphQL.Connections;

/// <summary>Cursors that are positions in a list: for lists loaded whole, and for ranked search results.</summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static int Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (cursor.Length <= 200 && Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, length);
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text[Prefix.Length..], out var offset) && offset >= 0)
                return offset;
        }
        throw new CodedError(ErrorCodes.InvalidCursor, "The cursor is not valid for this list.");
    }
}
