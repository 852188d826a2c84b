using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NetworkGraph.Data.Seeding;

/// <summary>A column as the database stores it: name, provider CLR type and EF Core's type mapping.</summary>
internal sealed record BulkColumn(string Name, Type ProviderType, RelationalTypeMapping Mapping);

/// <summary>One row of a many-to-many join table: the owner's key and the other side's key.</summary>
internal readonly record struct JoinRow(object Owner, object Other);

/// <summary>
/// Where rows of <typeparamref name="TRow"/> go: the table and columns from EF Core's model, and how each
/// column's provider value (after value conversion, e.g. enums to strings) is read from a row.
/// </summary>
internal sealed class BulkTable<TRow>(string name, string? schema, IReadOnlyList<BulkColumn> columns, IReadOnlyList<Func<TRow, object?>> readers)
{
    public string Name { get; } = name;
    public string? Schema { get; } = schema;
    public IReadOnlyList<BulkColumn> Columns { get; } = columns;
    public IReadOnlyList<Func<TRow, object?>> Readers { get; } = readers;
}

internal static class BulkTable
{
    /// <summary>Every mapped CLR property of the entity's table.</summary>
    public static BulkTable<T> ForEntity<T>(IModel model) where T : class
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        return new BulkTable<T>(table.Name, table.Schema,
            properties.Select(p => Column(p, table)).ToList(),
            properties.Select(p => Reader<T>(p, entity => p.GetGetter().GetClrValueUsingContainingEntity(entity))).ToList());
    }

    /// <summary>The join table behind a many-to-many navigation of <typeparamref name="TOwner"/>.</summary>
    public static BulkTable<JoinRow> ForJoin<TOwner>(IModel model, string navigation)
    {
        var skip = model.FindEntityType(typeof(TOwner))?.FindSkipNavigation(navigation)
            ?? throw new InvalidOperationException($"{typeof(TOwner).Name}.{navigation} is not a many-to-many navigation.");
        var join = skip.JoinEntityType;
        var table = StoreObjectIdentifier.Table(join.GetTableName()!, join.GetSchema());
        var owner = skip.ForeignKey.Properties.Single();
        var other = join.GetForeignKeys().Single(fk => fk != skip.ForeignKey).Properties.Single();
        return new BulkTable<JoinRow>(table.Name, table.Schema,
            [Column(owner, table), Column(other, table)],
            [Reader<JoinRow>(owner, row => row.Owner), Reader<JoinRow>(other, row => row.Other)]);
    }

    private static BulkColumn Column(IProperty property, StoreObjectIdentifier table)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var type = mapping.Converter?.ProviderClrType ?? property.ClrType;
        return new BulkColumn(property.GetColumnName(table)!, Nullable.GetUnderlyingType(type) ?? type, mapping);
    }

    private static Func<TRow, object?> Reader<TRow>(IProperty property, Func<TRow, object?> read)
    {
        var converter = ((RelationalTypeMapping)property.GetTypeMapping()).Converter;
        if (converter is null) return read;
        return row => read(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
