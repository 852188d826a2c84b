using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>
/// An input object type whose value is a typed record (see <see cref="InputRecord"/>). Its fields are named after the
/// record's properties, so a field's name is written once, as the property's; their graph types follow the
/// properties' types unless given.
/// </summary>
public class RecordInputGraphType<TRecord> : InputObjectGraphType<TRecord> where TRecord : new()
{
    public RecordInputGraphType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <summary>
    /// The input field of the property: required or not, of the graph type its type implies (text, number, flag, date,
    /// enum or a list of them) unless <paramref name="graphType"/> says otherwise (an <c>ID</c>, say).
    /// </summary>
    public FieldType Field<TValue>(Expression<Func<TRecord, TValue>> property, string? description = null, bool required = false, Type? graphType = null)
    {
        var type = graphType ?? InputGraphTypes.Of(typeof(TValue));
        return AddField(new FieldType
        {
            Name = InputRecord.FieldOf((PropertyInfo)((MemberExpression)property.Body).Member),
            Type = required ? typeof(NonNullGraphType<>).MakeGenericType(type) : type,
            Description = description,
        });
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => InputRecord.From<TRecord>(value)!;
}

/// <summary>The graph type of an input field of a CLR type, as <see cref="RecordInputGraphType{TRecord}"/> infers it.</summary>
public static class InputGraphTypes
{
    public static Type Of(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>)) return Of(type.GetGenericArguments()[0]);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(Of(type.GetGenericArguments()[0])));
        if (type.IsEnum) return typeof(EnumerationGraphType<>).MakeGenericType(type);
        return type == typeof(string) ? typeof(StringGraphType)
            : type == typeof(int) ? typeof(IntGraphType)
            : type == typeof(bool) ? typeof(BooleanGraphType)
            : type == typeof(DateOnly) ? typeof(DateOnlyGraphType)
            : type == typeof(DateTime) ? typeof(DateTimeGraphType)
            : throw new ArgumentException($"No input graph type is known for {type.Name}: give one.", nameof(type));
    }
}
