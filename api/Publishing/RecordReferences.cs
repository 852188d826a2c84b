using Microsoft.EntityFrameworkCore.Metadata;

namespace NetworkGraph.Api.Publishing;

/// <summary>What still points at a record — edges, other records' lists, proposals, keys — found from the model's foreign keys.</summary>
public static class RecordReferences
{
    /// <summary>The tables with rows that refer to the record, apart from the join tables of its own lists.</summary>
    public static async Task<List<string>> TablesReferringToAsync<T>(NetworkGraphDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        // The record's own lists are the ones it declares; EF also gives it the unnamed far side of other records' lists.
        var ownLists = entity.GetSkipNavigations().Where(list => list.PropertyInfo is not null).Select(list => list.JoinEntityType).ToHashSet();
        var referring = new List<string>();
        foreach (var key in db.Model.GetEntityTypes().SelectMany(type => type.GetForeignKeys())
                     .Where(key => key.PrincipalEntityType == entity && !ownLists.Contains(key.DeclaringEntityType)))
        {
            var table = key.DeclaringEntityType.GetTableName()!;
            var column = key.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, key.DeclaringEntityType.GetSchema()))!;
            // Names come from the model, never from a caller; the id is a parameter.
            var count = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}}";
            var rows = await db.Database.SqlQueryRaw<int>(count, id).SingleAsync(cancellationToken);
            if (rows > 0 && !referring.Contains(table)) referring.Add(table);
        }
        return referring;
    }
}
