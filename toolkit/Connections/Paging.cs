using System.Linq.Expressions;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.GraphQL.Filtering;

namespace NetworkGraph.GraphQL.Connections;

public static class Paging
{
    /// <summary>
    /// A page of a database list in the client's order, by keyset (see <see cref="Keyset{T}"/>: the order ends with a key
    /// unique to each row); the query runs in the database, with a context of its own, and so does the count when asked for.
    /// </summary>
    public static async Task<Connection<T>> FromQueryAsync<TContext, T>(
        IDbContextFactory<TContext> contexts, Func<TContext, IQueryable<T>> query,
        Func<ParameterExpression, IReadOnlyList<SortKey>> order, Func<ParameterExpression, Expression> projection,
        PageRequest page, CancellationToken cancellationToken)
        where TContext : DbContext where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = Expression.Parameter(typeof(T), "record");
        var keyset = new Keyset<T>(record, order(record), projection(record), db.Model);
        var rows = query(db);
        var cursor = page.Backward ? page.Before : page.After;
        if (cursor is not null) rows = keyset.After(rows, cursor, page.Backward);
        var fetched = await keyset.WithKeys(keyset.Order(rows, page.Backward)).Take(page.Size + 1).ToListAsync(cancellationToken);
        var more = fetched.Count > page.Size;
        var pageRows = fetched.Take(page.Size).ToList();
        if (page.Backward) pageRows.Reverse();
        var edges = pageRows.Select(row => new ConnectionEdge<T>(keyset.Encode(row.Keys), row.Row)).ToList();
        return new Connection<T>(edges,
            PageInfoOf(edges, hasNext: page.Backward ? page.Before is not null : more, hasPrevious: page.Backward ? more : page.After is not null),
            async ct =>
            {
                await using var countDb = await contexts.CreateDbContextAsync(ct);
                return await query(countDb).CountAsync(ct);
            });
    }

    /// <summary>A page of a list that is already loaded (a relation of one record), with offset cursors.</summary>
    public static Connection<T> FromList<T>(IReadOnlyList<T> all, PageRequest page)
    {
        var end = page.Before is null ? all.Count : Math.Min(OffsetCursor.Decode(page.Before), all.Count);
        var start = page.After is null ? 0 : Math.Min(OffsetCursor.Decode(page.After) + 1, end);
        if (page.Backward) start = Math.Max(start, end - page.Size);
        else end = Math.Min(end, start + page.Size);
        var edges = all.Skip(start).Take(end - start)
            .Select((row, i) => new ConnectionEdge<T>(OffsetCursor.Encode(start + i), row)).ToList();
        return new Connection<T>(edges, PageInfoOf(edges, hasNext: end < all.Count, hasPrevious: start > 0),
            _ => Task.FromResult(all.Count));
    }

    public static PageInfo PageInfoOf<T>(List<ConnectionEdge<T>> edges, bool hasNext, bool hasPrevious) => new()
    {
        HasNextPage = hasNext,
        HasPreviousPage = hasPrevious,
        StartCursor = edges.FirstOrDefault()?.Cursor,
        EndCursor = edges.LastOrDefault()?.Cursor,
    };
}
