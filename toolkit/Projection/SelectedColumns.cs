using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace NetworkGraph.GraphQL.Projection;

/// <summary>
/// List queries read only the columns their selection needs. A field reads the column of its own name
/// (<c>name</c> → <c>Name</c>) unless it declares others with <see cref="Reads"/>; the columns the application always
/// needs (its key, and whatever its resolvers consult on every record) are named by the caller. Relations need only
/// the key, which their DataLoaders key on.
/// </summary>
public static class SelectedColumns
{
    private const string ColumnsKey = "NetworkGraph.Columns";

    /// <summary>Declares the columns a field's resolver reads when they are not the one of its own name.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] columns)
    {
        field.FieldType.Metadata[ColumnsKey] = columns;
        return field;
    }

    /// <summary>
    /// The record reduced to the columns that a connection field's <c>nodes</c> and <c>edges.node</c> select, and those
    /// in <paramref name="alwaysRead"/> (properties the record type lacks are left out).
    /// </summary>
    public static Func<ParameterExpression, Expression> OfConnection<T>(IResolveFieldContext context, IReadOnlyCollection<string> alwaysRead) where T : class
    {
        var connection = (IComplexGraphType)Unwrap(context.FieldDefinition.ResolvedType!);
        var nodeType = (IComplexGraphType)Unwrap(connection.GetField("nodes")!.ResolvedType!);
        var nodeSelections = context.FieldAst.SelectionSet.Fields(context.Document)
            .Where(field => field.Name.StringValue == "nodes")
            .Concat(context.FieldAst.SelectionSet.Fields(context.Document)
                .Where(field => field.Name.StringValue == "edges")
                .SelectMany(edges => edges.SelectionSet.Fields(context.Document))
                .Where(field => field.Name.StringValue == "node"));
        var columns = nodeSelections
            .SelectMany(node => node.SelectionSet.Fields(context.Document))
            .Select(field => nodeType.GetField(field.Name.StringValue))
            .OfType<FieldType>()
            .SelectMany(ColumnsOf<T>)
            .Concat(alwaysRead)
            .Distinct()
            .Select(name => typeof(T).GetProperty(name))
            .OfType<PropertyInfo>()
            .ToList();
        return record => Expression.MemberInit(Expression.New(typeof(T)),
            columns.Select(column => Expression.Bind(column, Expression.Property(record, column))));
    }

    private static IEnumerable<string> ColumnsOf<T>(FieldType field)
    {
        if (field.Metadata.TryGetValue(ColumnsKey, out var declared)) return (string[])declared!;
        var property = typeof(T).GetProperty(char.ToUpperInvariant(field.Name[0]) + field.Name[1..]);
        return property is not null && IsColumn(property.PropertyType) ? [property.Name] : [];
    }

    private static bool IsColumn(Type type) =>
        type == typeof(string) || type.IsValueType;

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
