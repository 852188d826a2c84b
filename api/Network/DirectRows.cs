using System.Data.Common;

namespace NetworkGraph.Api.Network;

/// <summary>
/// Reads the rows of a query from the database's own reader, without EF Core's materialiser: the network loads a million
/// ties at start-up, where materialising them costs several times what the database takes to send them. The query is
/// EF's (its SQL, parameters and connection); only the reading is done here.
/// </summary>
public static class DirectRows
{
    public static async Task<List<T>> ReadAsync<T>(this IQueryable query, DbContext db, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        SqlStatementCounter.CountDirect(db, command);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(row(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// What a column's value as the database holds it (an enum held as text, say) becomes, through the property's value
    /// conversion and then <paramref name="make"/>: worked out once for each distinct value, for columns that hold few.
    /// </summary>
    public static Func<object, T> Distinct<TEntity, T>(DbContext db, string property, Func<object, T> make)
    {
        var converter = db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter;
        var made = new Dictionary<object, T>();
        return value => made.TryGetValue(value, out var result) ? result : made[value] = make(converter?.ConvertFromProvider(value) ?? value);
    }
}
