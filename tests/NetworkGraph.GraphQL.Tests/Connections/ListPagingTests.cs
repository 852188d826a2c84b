using NetworkGraph.GraphQL.Connections;

namespace NetworkGraph.GraphQL.Tests.Connections;

/// <summary>A page of a list loaded whole, with offset cursors.</summary>
public sealed class ListPagingTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f", "g"];

    private static Connection<string> Page(int size, int? after = null, int? before = null, bool backward = false) =>
        Paging.FromList(Letters, new PageRequest(size, after is { } a ? OffsetCursor.Encode(a) : null,
            before is { } b ? OffsetCursor.Encode(b) : null, backward));

    private static void AssertPage(Connection<string> page, string[] nodes, bool hasPrevious, bool hasNext)
    {
        Assert.Equal(nodes, page.Edges.Select(edge => edge.Node));
        Assert.Equal(nodes.Select(node => OffsetCursor.Encode(Array.IndexOf(Letters, node))), page.Edges.Select(edge => edge.Cursor));
        Assert.Equal(hasPrevious, page.PageInfo.HasPreviousPage);
        Assert.Equal(hasNext, page.PageInfo.HasNextPage);
        Assert.Equal(page.Edges.FirstOrDefault()?.Cursor, page.PageInfo.StartCursor);
        Assert.Equal(page.Edges.LastOrDefault()?.Cursor, page.PageInfo.EndCursor);
    }

    [Fact]
    public void The_first_page_starts_at_the_start()
    {
        AssertPage(Page(3), ["a", "b", "c"], hasPrevious: false, hasNext: true);
    }

    [Fact]
    public void A_page_after_a_cursor_starts_after_its_row()
    {
        AssertPage(Page(3, after: 2), ["d", "e", "f"], hasPrevious: true, hasNext: true);
        AssertPage(Page(3, after: 5), ["g"], hasPrevious: true, hasNext: false);
        AssertPage(Page(3, after: 6), [], hasPrevious: true, hasNext: false);
    }

    [Fact]
    public void The_last_page_ends_at_the_end()
    {
        AssertPage(Page(3, backward: true), ["e", "f", "g"], hasPrevious: true, hasNext: false);
    }

    [Fact]
    public void A_page_before_a_cursor_ends_before_its_row()
    {
        AssertPage(Page(3, before: 4, backward: true), ["b", "c", "d"], hasPrevious: true, hasNext: true);
        AssertPage(Page(3, before: 2, backward: true), ["a", "b"], hasPrevious: false, hasNext: true);
    }

    [Fact]
    public void A_page_between_two_cursors_holds_at_most_the_rows_between_them()
    {
        AssertPage(Page(10, after: 1, before: 4), ["c", "d"], hasPrevious: true, hasNext: true);
        AssertPage(Page(10, after: 4, before: 1), [], hasPrevious: true, hasNext: true);
    }

    [Fact]
    public void A_cursor_past_the_end_gives_an_empty_page()
    {
        AssertPage(Page(3, after: 100), [], hasPrevious: true, hasNext: false);
    }

    [Fact]
    public void An_empty_page_size_gives_no_rows()
    {
        AssertPage(Page(0), [], hasPrevious: false, hasNext: true);
    }

    [Fact]
    public async Task The_total_is_the_length_of_the_whole_list()
    {
        Assert.Equal(7, await Page(3, after: 2).CountTotal(CancellationToken.None));
    }

    [Fact]
    public void A_keyset_cursor_is_not_an_offset_cursor()
    {
        var cursor = KeysetPages.By(nameof(Row.Rank), descending: false).Encode([1, 3]);
        Expect.Coded("INVALID_CURSOR", "The cursor is not valid for this list.",
            () => Paging.FromList(Letters, new PageRequest(3, cursor, null, Backward: false)));
    }
}
