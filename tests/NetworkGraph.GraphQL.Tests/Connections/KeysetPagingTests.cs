using static NetworkGraph.GraphQL.Tests.Connections.KeysetPages;

namespace NetworkGraph.GraphQL.Tests.Connections;

/// <summary>Missing values sort last ascending and first descending; ties are broken by the id.</summary>
public sealed class KeysetPagingTests
{
    /// <summary>The ids of <see cref="Rows.Sample"/> in the order of a column, ascending or descending, then of the id.</summary>
    public static TheoryData<string, bool, int[]> Orders { get; } = new()
    {
        { nameof(Row.Rank), false, [3, 7, 6, 1, 4, 2, 5, 8] },
        { nameof(Row.Rank), true, [2, 5, 8, 1, 4, 6, 3, 7] },
        { nameof(Row.Name), false, [3, 8, 1, 6, 4, 7, 2, 5] },
        { nameof(Row.Name), true, [2, 5, 7, 4, 1, 6, 3, 8] },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Paging_forward_gives_each_row_once_in_key_order(string column, bool descending, int[] order)
    {
        Assert.Equal(order.Chunk(3), Walk(By(column, descending), Rows.Sample(), size: 3, backward: false));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Paging_backward_gives_each_row_once_in_key_order_from_the_end(string column, bool descending, int[] order)
    {
        var pagesFromTheEnd = order.Reverse().Chunk(3).Select(page => page.Reverse().ToArray());
        Assert.Equal(pagesFromTheEnd, Walk(By(column, descending), Rows.Sample(), size: 3, backward: true));
    }

    [Fact]
    public void Rows_inserted_between_pages_forward_neither_repeat_nor_shift_a_page()
    {
        var rows = Rows.Sample();
        var pages = Walk(By(nameof(Row.Rank), false), rows, size: 3, backward: false, betweenPages: read =>
        {
            // After the first page [3, 7, 6]: one row before it, one just after its last row, one with no rank.
            if (read == 1) rows.AddRange([new(9, 0, "e"), new(10, 2, "e"), new(11, null, "e")]);
        });
        Assert.Equal([[3, 7, 6], [10, 1, 4], [2, 5, 8], [11]], pages);
    }

    [Fact]
    public void Rows_inserted_between_pages_backward_neither_repeat_nor_shift_a_page()
    {
        var rows = Rows.Sample();
        var pages = Walk(By(nameof(Row.Rank), false), rows, size: 3, backward: true, betweenPages: read =>
        {
            // After the last page [2, 5, 8]: one row after its first row, one before it, one before every row.
            if (read == 1) rows.AddRange([new(12, null, "e"), new(13, 3, "e"), new(0, 1, "e")]);
        });
        Assert.Equal([[2, 5, 8], [1, 4, 13], [3, 7, 6], [0]], pages);
    }
}
