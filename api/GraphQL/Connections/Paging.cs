using System.Text;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Api.GraphQL.Connections;

public static class Paging
{
    private const string IdPrefix = "id:";
    private const string OffsetPrefix = "offset:";

    /// <summary>
    /// A page of a database list, in key order, by keyset: rows inserted between two page requests
    /// neither shift nor repeat the rows of the next page. The query runs in the database.
    /// </summary>
    public static async Task<Connection<T>> FromQueryAsync<T>(
        IDbContextFactory<NetworkGraphDbContext> contexts, Func<NetworkGraphDbContext, IQueryable<T>> query,
        PageRequest page, CancellationToken cancellationToken)
        where T : Entity
    {
        var afterId = page.After is null ? (Guid?)null : DecodeId(page.After);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = query(db);
        if (afterId is { } after) rows = rows.Where(e => e.Id.CompareTo(after) > 0);
        var fetched = await rows.OrderBy(e => e.Id).Take(page.First + 1).ToListAsync(cancellationToken);
        var edges = fetched.Take(page.First).Select(row => new ConnectionEdge<T>(Encode(IdPrefix + row.Id.ToString("N")), row)).ToList();
        return new Connection<T>(edges, PageInfoOf(edges, hasNext: fetched.Count > page.First, hasPrevious: afterId is not null),
            async ct =>
            {
                await using var countDb = await contexts.CreateDbContextAsync(ct);
                return await query(countDb).CountAsync(ct);
            });
    }

    /// <summary>A page of a list that is already loaded (a relation of one record), with offset cursors.</summary>
    public static Connection<T> FromList<T>(IReadOnlyList<T> all, PageRequest page)
    {
        var start = page.After is null ? 0 : DecodeOffset(page.After) + 1;
        var edges = all.Skip(start).Take(page.First)
            .Select((row, i) => new ConnectionEdge<T>(Encode(OffsetPrefix + (start + i)), row)).ToList();
        return new Connection<T>(edges, PageInfoOf(edges, hasNext: start + page.First < all.Count, hasPrevious: start > 0),
            _ => Task.FromResult(all.Count));
    }

    private static PageInfo PageInfoOf<T>(List<ConnectionEdge<T>> edges, bool hasNext, bool hasPrevious) => new()
    {
        HasNextPage = hasNext,
        HasPreviousPage = hasPrevious,
        StartCursor = edges.FirstOrDefault()?.Cursor,
        EndCursor = edges.LastOrDefault()?.Cursor,
    };

    private static string Encode(string cursor) => Convert.ToBase64String(Encoding.UTF8.GetBytes(cursor));

    private static string Decode(string cursor, string prefix)
    {
        var bytes = new byte[cursor.Length];
        if (cursor.Length <= 200 && Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, length);
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return text[prefix.Length..];
        }
        throw new CodedError(ErrorCodes.InvalidCursor, "The cursor is not valid for this list.");
    }

    private static Guid DecodeId(string cursor) =>
        Guid.TryParseExact(Decode(cursor, IdPrefix), "N", out var id)
            ? id
            : throw new CodedError(ErrorCodes.InvalidCursor, "The cursor is not valid for this list.");

    private static int DecodeOffset(string cursor) =>
        int.TryParse(Decode(cursor, OffsetPrefix), out var offset) && offset >= 0
            ? offset
            : throw new CodedError(ErrorCodes.InvalidCursor, "The cursor is not valid for this list.");
}
