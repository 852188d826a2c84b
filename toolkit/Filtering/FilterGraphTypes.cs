using GraphQL;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary><c>XFilterInput</c>: one input field per declared field, plus <c>and</c> and <c>or</c>.</summary>
public sealed class FilterInputGraphType<TDeclaration> : InputObjectGraphType where TDeclaration : IFilterDeclaration, new()
{
    public FilterInputGraphType()
    {
        var declaration = Declarations.Of<TDeclaration>();
        Name = $"{declaration.TypeName}FilterInput";
        Description = $"Conditions on {declaration.TypeName} records; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TDeclaration>>>>("and").Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TDeclaration>>>>("or").Description("At least one of these filters holds.");
        foreach (var field in declaration.Fields)
            AddField(new FieldType { Name = field.Name, Type = field.InputGraphType, Description = field.Description });
    }
}

/// <summary><c>ListXFilterInput</c>: conditions on a list of related records.</summary>
public sealed class ListFilterInputGraphType<TDeclaration> : InputObjectGraphType where TDeclaration : IFilterDeclaration, new()
{
    public ListFilterInputGraphType()
    {
        var declaration = Declarations.Of<TDeclaration>();
        Name = $"List{declaration.TypeName}FilterInput";
        Description = $"Conditions on a list of related {declaration.TypeName} records.";
        Field<FilterInputGraphType<TDeclaration>>("some").Description("At least one record matches.");
        Field<FilterInputGraphType<TDeclaration>>("all").Description("Every record matches (also true for an empty list).");
        Field<FilterInputGraphType<TDeclaration>>("none").Description("No record matches.");
        Field<BooleanGraphType>("any").Description("true: the list has records; false: it is empty.");
    }
}

/// <summary><c>XSortInput</c>: one field per sortable field; each element of <c>order</c> sets exactly one.</summary>
public sealed class SortInputGraphType<TDeclaration> : InputObjectGraphType where TDeclaration : IFilterDeclaration, new()
{
    public SortInputGraphType()
    {
        var declaration = Declarations.Of<TDeclaration>();
        Name = $"{declaration.TypeName}SortInput";
        Description = $"A key to order {declaration.TypeName} records by; set exactly one field per element.";
        foreach (var field in declaration.SortFields)
            AddField(new FieldType { Name = field.Name, Type = field.InputGraphType, Description = field.Description });
    }
}

public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "Ascending puts missing values last; descending puts them first.";
    }
}

public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global ID.";
        Field<IdGraphType>("eq").Description("Is this record.");
        Field<IdGraphType>("neq").Description("Is not this record.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("Is one of these records.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("Is none of these records.");
    }
}

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Case-insensitive conditions on a text.";
        Field<StringGraphType>("eq").Description("Equals (null: has no value).");
        Field<StringGraphType>("neq").Description("Does not equal (null: has a value).");
        Field<ListGraphType<StringGraphType>>("in").Description("Equals one of these.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equals none of these.");
        Field<StringGraphType>("contains").Description("Contains this text.");
        Field<StringGraphType>("startsWith").Description("Starts with this text.");
        Field<StringGraphType>("endsWith").Description("Ends with this text.");
    }
}

public sealed class ComparableOperationFilterInputType<TScalarGraphType> : InputObjectGraphType where TScalarGraphType : ScalarGraphType
{
    public ComparableOperationFilterInputType()
    {
        var scalar = typeof(TScalarGraphType).GraphQLName();
        Name = $"{scalar}OperationFilterInput";
        Description = $"Conditions on a {scalar} value.";
        Field<TScalarGraphType>("eq").Description("Equals (null: has no value).");
        Field<TScalarGraphType>("neq").Description("Does not equal (null: has a value).");
        Field<ListGraphType<TScalarGraphType>>("in").Description("Equals one of these.");
        Field<ListGraphType<TScalarGraphType>>("nin").Description("Equals none of these.");
        Field<TScalarGraphType>("gt").Description("Greater than.");
        Field<TScalarGraphType>("gte").Description("Greater than or equal to.");
        Field<TScalarGraphType>("lt").Description("Less than.");
        Field<TScalarGraphType>("lte").Description("Less than or equal to.");
    }
}

public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType where TEnum : struct, Enum
{
    public EnumOperationFilterInputType()
    {
        Name = $"{typeof(TEnum).Name}OperationFilterInput";
        Description = $"Conditions on a {typeof(TEnum).Name} value.";
        Field<EnumerationGraphType<TEnum>>("eq").Description("Equals.");
        Field<EnumerationGraphType<TEnum>>("neq").Description("Does not equal.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in").Description("Equals one of these.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin").Description("Equals none of these.");
    }
}
