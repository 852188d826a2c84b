using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using NetworkGraph.GraphQL.Filtering;

namespace NetworkGraph.GraphQL.Connections;

/// <summary>
/// Keyset paging over an ordered query: the order is the client's keys and then a key unique to each row (its id), and
/// a cursor holds the key values of its row, so "after" is a condition in SQL and rows inserted between two requests
/// never shift a page. Missing values sort last ascending and first descending, the same on every provider.
/// </summary>
public sealed class Keyset<T> where T : class
{
    private readonly ParameterExpression record;
    private readonly Expression projection;
    private readonly List<Key> keys;
    private readonly string signature;

    private sealed record Key(Expression Value, bool Descending, bool Nullable);

    /// <param name="order">The keys to order by, most significant first; the last one is unique to each row.</param>
    public Keyset(ParameterExpression record, IEnumerable<SortKey> order, Expression projection, IModel model)
    {
        this.record = record;
        this.projection = projection;
        keys = [.. order.Select(key => new Key(key.Key, key.Descending, IsNullable(key.Key, model)))];
        signature = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('|', keys.Select(k => $"{k.Value}:{k.Descending}")))))[..12];
    }

    /// <summary>The query in key order, reversed for paging backwards.</summary>
    public IQueryable<T> Order(IQueryable<T> query, bool reverse)
    {
        var ordered = false;
        foreach (var key in keys)
        {
            var descending = key.Descending != reverse;
            if (key.Nullable)
            {
                query = OrderBy(query, Expression.Equal(key.Value, Expression.Constant(null, key.Value.Type)), descending, ordered);
                ordered = true;
            }
            query = OrderBy(query, key.Value, descending, ordered);
            ordered = true;
        }
        return query;
    }

    /// <summary>The rows after a cursor in key order (before it, when reversed).</summary>
    public IQueryable<T> After(IQueryable<T> query, string cursor, bool reverse)
    {
        var values = Decode(cursor);
        return query.Where(Expression.Lambda<Func<T, bool>>(AfterFrom(0, values, reverse), record));
    }

    /// <summary>Each row (the projected record) with the values of its keys, read in the same SQL statement.</summary>
    public IQueryable<KeyedRow<T>> WithKeys(IQueryable<T> query)
    {
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Value, typeof(object))));
        var row = Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Row))!, projection),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, values));
        return query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(row, record));
    }

    public string Encode(object?[] values) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object?[] { signature }.Concat(values).ToArray()));

    private object?[] Decode(string cursor)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(cursor));
            var items = json.RootElement.EnumerateArray().ToList();
            if (items.Count != keys.Count + 1 || items[0].GetString() != signature) throw Invalid();
            return keys.Select((key, i) => items[i + 1].Deserialize(key.Value.Type)).ToArray();
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid();
        }
    }

    private static CodedError Invalid() => new(ErrorCodes.InvalidCursor, "The cursor is not valid for this list and order.");

    /// <summary>
    /// Rows after the cursor on keys i.. : (key beyond the value) or (key equal and rows after on the next keys),
    /// with missing values placed as in <see cref="Order"/>.
    /// </summary>
    private Expression AfterFrom(int i, object?[] values, bool reverse)
    {
        var key = keys[i];
        var value = values[i];
        var descending = key.Descending != reverse;
        if (i == keys.Count - 1) return Beyond(key.Value, value!, descending);
        var rest = AfterFrom(i + 1, values, reverse);
        // Built only when used: a key of a non-nullable value type (a DateTime column) has no null to compare with.
        Expression IsNull() => Expression.Equal(key.Value, Expression.Constant(null, key.Value.Type));
        if (value is null)
            return descending ? Expression.OrElse(Expression.AndAlso(IsNull(), rest), Expression.Not(IsNull())) : Expression.AndAlso(IsNull(), rest);
        var typed = QueryValue.Of(value, key.Value.Type);
        var beyondOrEqual = Expression.OrElse(Beyond(key.Value, value, descending),
            Expression.AndAlso(Expression.Equal(key.Value, typed), rest));
        if (!key.Nullable) return beyondOrEqual;
        // Missing values follow every value ascending and precede every value descending, said outright: string.Compare
        // puts null before any text, so a query run in memory would otherwise take them as beyond a value descending.
        return descending ? Expression.AndAlso(Expression.Not(IsNull()), beyondOrEqual) : Expression.OrElse(beyondOrEqual, IsNull());
    }

    private static Expression Beyond(Expression key, object value, bool descending)
    {
        var typed = QueryValue.Of(value, key.Type);
        if (key.Type == typeof(string) || key.Type == typeof(Guid))
        {
            var compare = key.Type == typeof(string)
                ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, typed)
                : Expression.Call(key, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, typed);
            return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }
        return descending ? Expression.LessThan(key, typed) : Expression.GreaterThan(key, typed);
    }

    private IQueryable<T> OrderBy(IQueryable<T> query, Expression key, bool descending, bool thenBy)
    {
        var method = (thenBy, descending) switch
        {
            (false, false) => nameof(Queryable.OrderBy),
            (false, true) => nameof(Queryable.OrderByDescending),
            (true, false) => nameof(Queryable.ThenBy),
            (true, true) => nameof(Queryable.ThenByDescending),
        };
        return query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.Type],
            query.Expression, Expression.Quote(Expression.Lambda(key, record))));
    }

    /// <summary>A column of the record itself is nullable as the model says; a key through a relation may always be missing.</summary>
    private static bool IsNullable(Expression key, IModel model) =>
        key is not MemberExpression { Expression: ParameterExpression parameter, Member.Name: var name }
        || model.FindEntityType(parameter.Type)?.FindProperty(name)?.IsNullable != false;
}

/// <summary>A row with the values of its sort keys, from which its cursor is made.</summary>
public sealed class KeyedRow<T>
{
    public T Row { get; init; } = default!;
    public object?[] Keys { get; init; } = [];
}
