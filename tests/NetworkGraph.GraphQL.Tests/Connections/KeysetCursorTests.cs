using System.Text;
using System.Text.Json.Nodes;
using NetworkGraph.GraphQL.Connections;
using static NetworkGraph.GraphQL.Tests.Connections.KeysetPages;

namespace NetworkGraph.GraphQL.Tests.Connections;

public sealed class KeysetCursorTests
{
    private const string Invalid = "The cursor is not valid for this list and order.";

    private static readonly Keyset<Row> ByRank = By(nameof(Row.Rank), descending: false);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static void AssertInvalid(Keyset<Row> keyset, string cursor) =>
        Expect.Coded("INVALID_CURSOR", Invalid, () => keyset.After(Rows.Sample().AsQueryable(), cursor, reverse: false));

    [Fact]
    public void Each_row_is_read_with_the_values_of_its_keys()
    {
        var keys = ByRank.WithKeys(Rows.Sample().AsQueryable()).ToDictionary(row => row.Row.Id, row => row.Keys);
        Assert.Equal([3, 1], keys[1]);
        Assert.Equal([null, 2], keys[2]);
    }

    [Fact]
    public void A_cursor_gives_the_rows_after_its_row_in_key_order()
    {
        var rows = Rows.Sample().AsQueryable();
        Assert.Equal([1, 4, 2, 5, 8], Ids(ByRank.Order(ByRank.After(rows, ByRank.Encode([2, 6]), reverse: false), reverse: false)));
        Assert.Equal([5, 8], Ids(ByRank.Order(ByRank.After(rows, ByRank.Encode([null, 2]), reverse: false), reverse: false)));
    }

    [Fact]
    public void A_cursor_reversed_gives_the_rows_before_its_row_nearest_first()
    {
        var rows = Rows.Sample().AsQueryable();
        Assert.Equal([6, 7, 3], Ids(ByRank.Order(ByRank.After(rows, ByRank.Encode([3, 1]), reverse: true), reverse: true)));
        Assert.Equal([2, 4, 1, 6, 7, 3], Ids(ByRank.Order(ByRank.After(rows, ByRank.Encode([null, 5]), reverse: true), reverse: true)));
    }

    [Fact]
    public void A_cursor_of_another_order_is_invalid()
    {
        var cursor = ByRank.Encode([3, 1]);
        AssertInvalid(By(nameof(Row.Rank), descending: true), cursor);
        AssertInvalid(By(nameof(Row.Name), descending: false), cursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    public void A_cursor_that_is_not_base64_json_is_invalid(string cursor) => AssertInvalid(ByRank, cursor);

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[\"000000000000\", 3, 1]")]
    public void A_made_up_cursor_is_invalid(string json) => AssertInvalid(ByRank, Base64(json));

    [Fact]
    public void A_cursor_with_too_many_values_or_a_value_of_the_wrong_type_is_invalid()
    {
        var values = JsonNode.Parse(Convert.FromBase64String(ByRank.Encode([3, 1])))!.AsArray();
        AssertInvalid(ByRank, Base64(new JsonArray(values[0]!.DeepClone(), 3, 1, 1).ToJsonString()));
        values[1] = "three";
        AssertInvalid(ByRank, Base64(values.ToJsonString()));
    }
}
