using System.Text;
using NetworkGraph.GraphQL.Connections;

namespace NetworkGraph.GraphQL.Tests.Connections;

public sealed class OffsetCursorTests
{
    [Theory]
    [InlineData(0, "b2Zmc2V0OjA=")]
    [InlineData(42, "b2Zmc2V0OjQy")]
    public void An_offset_cursor_round_trips(int offset, string cursor)
    {
        Assert.Equal(cursor, OffsetCursor.Encode(offset));
        Assert.Equal(offset, OffsetCursor.Decode(cursor));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("b2Zmc2V0Oi0x")] // "offset:-1"
    [InlineData("b2Zmc2V0OmFi")] // "offset:ab"
    [InlineData("cG9zOjQy")] // "pos:42"
    public void A_malformed_offset_cursor_is_invalid(string cursor) =>
        Expect.Coded("INVALID_CURSOR", "The cursor is not valid for this list.", () => OffsetCursor.Decode(cursor));

    [Fact]
    public void An_offset_cursor_over_200_characters_is_invalid()
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + new string('0', 150) + "1"));
        Expect.Coded("INVALID_CURSOR", "The cursor is not valid for this list.", () => OffsetCursor.Decode(cursor));
    }
}
