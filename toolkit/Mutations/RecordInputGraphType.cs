using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>
/// An input object type whose value is a typed record (see <see cref="InputRecord"/>). Its fields are named after the
/// record's properties, so a field's name is written once, as the property's.
/// </summary>
public class RecordInputGraphType<TRecord> : InputObjectGraphType<TRecord> where TRecord : new()
{
    public RecordInputGraphType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The input field of the property, of the given graph type.</summary>
    public FieldType Field<TValue>(Expression<Func<TRecord, TValue>> property, Type graphType, string? description = null) =>
        AddField(new FieldType
        {
            Name = InputRecord.FieldOf((PropertyInfo)((MemberExpression)property.Body).Member),
            Type = graphType,
            Description = description,
        });

    /// <summary>The input field of the property: required, or optional (an update leaves out what it does not change).</summary>
    public FieldType Field<TValue, TGraphType>(Expression<Func<TRecord, TValue>> property, bool required, string? description = null)
        where TGraphType : IGraphType =>
        Field(property, required ? typeof(NonNullGraphType<TGraphType>) : typeof(TGraphType), description);

    public override object ParseDictionary(IDictionary<string, object?> value) => InputRecord.From<TRecord>(value)!;
}
