using System.Linq.Expressions;
using NetworkGraph.GraphQL.Connections;
using NetworkGraph.GraphQL.Filtering;

namespace NetworkGraph.GraphQL.Tests.Connections;

/// <summary>Pages through a list of <see cref="Row"/>s by keyset, as <see cref="Paging.FromQueryAsync"/> does in a database.</summary>
public static class KeysetPages
{
    private static readonly ParameterExpression Record = Expression.Parameter(typeof(Row), "record");

    /// <summary>The order by one column of <see cref="Row"/>, then by its id.</summary>
    public static Keyset<Row> By(string column, bool descending) => new(Record,
        [new SortKey(Expression.Property(Record, column), descending), new SortKey(Expression.Property(Record, nameof(Row.Id)), false)],
        Record, Rows.Model);

    /// <summary>The ids of the rows after (or, backward, before) the cursor, in key order.</summary>
    public static int[] Ids(IQueryable<Row> rows) => [.. rows.Select(row => row.Id)];

    /// <summary>
    /// The ids of each page, from the first page on (or, backward, from the last page back); <paramref name="betweenPages"/>
    /// runs after each page is read, with the number of pages read so far.
    /// </summary>
    public static List<int[]> Walk(Keyset<Row> keyset, List<Row> rows, int size, bool backward, Action<int>? betweenPages = null)
    {
        var pages = new List<int[]>();
        string? cursor = null;
        // More pages than rows means a page repeated a row: stop rather than walk on forever.
        while (pages.Count <= rows.Count)
        {
            var query = cursor is null ? rows.AsQueryable() : keyset.After(rows.AsQueryable(), cursor, backward);
            var page = keyset.WithKeys(keyset.Order(query, backward)).Take(size).ToList();
            if (page.Count == 0) return pages;
            cursor = keyset.Encode(page[^1].Keys);
            if (backward) page.Reverse();
            pages.Add([.. page.Select(row => row.Row.Id)]);
            betweenPages?.Invoke(pages.Count);
        }
        return pages;
    }
}
