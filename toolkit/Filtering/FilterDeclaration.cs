using System.Linq.Expressions;
using GraphQL.Types;
using NetworkGraph.GraphQL.Relay;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>
/// The one declaration per record type from which its <c>XFilterInput</c> and <c>XSortInput</c> types are
/// generated and its <c>where</c>/<c>order</c> arguments are translated to EF Core expression trees, so the
/// database does the filtering. Nullable columns sort last ascending and first descending on every provider.
/// </summary>
public abstract class FilterDeclaration<T, TScope> : IFilterDeclaration<TScope> where T : class
{
    private readonly List<FilterField<TScope>> fields = [];
    private readonly List<SortField> sortFields = [];

    /// <summary>The filtered type's name in the schema, and the type part of its global IDs: the record type's own name unless overridden.</summary>
    public virtual string TypeName => typeof(T).Name;
    public Type EntityType => typeof(T);
    public IReadOnlyList<FilterField> Fields => fields;
    public IReadOnlyList<SortField> SortFields => sortFields;

    /// <summary>The <c>order</c> used when a client gives none: the id alone unless a declaration sets another.</summary>
    public IReadOnlyList<object?> DefaultOrder { get; protected set; } = [];

    /// <summary>The record's global ID: eq neq in nin; an ID of another type is a coded error.</summary>
    protected void Id(Expression<Func<T, Guid>> id) =>
        fields.Add(new ScalarFilterField<TScope>("id", $"The {TypeName}'s global ID.", id, typeof(IdOperationFilterInputType),
            (op, column, value) => ScalarOperators.Build(op, column, GlobalIds(value, TypeName))));

    /// <summary>A reference to a record of any type by its global ID: eq neq in nin.</summary>
    protected void Reference(string name, Expression<Func<T, Guid?>> id, string description) =>
        fields.Add(new ScalarFilterField<TScope>(name, description, id, typeof(IdOperationFilterInputType),
            (op, column, value) => ScalarOperators.Build(op, column, GlobalIds(value, expectedType: null))));

    private static object? GlobalIds(object? value, string? expectedType) => value switch
    {
        string id => GlobalId.DecodeGuid(id, expectedType),
        IEnumerable<object?> ids => ids.Select(id => GlobalIds(id, expectedType)).ToList(),
        _ => throw new CodedError(ErrorCodes.InvalidArgument, "An ID filter needs IDs."),
    };

    /// <summary>A text column named after its property ("name" for Name).</summary>
    protected void Text(Expression<Func<T, string?>> column, string description) => Text(NameOf(column), column, description);

    /// <summary>A number or date column named after its property.</summary>
    protected void Comparable<TValue, TScalarGraphType>(Expression<Func<T, TValue>> column, string description)
        where TScalarGraphType : ScalarGraphType => Comparable<TValue, TScalarGraphType>(NameOf(column), column, description);

    /// <summary>An enum column named after its property.</summary>
    protected void Choice<TEnum>(Expression<Func<T, TEnum>> column, string description) where TEnum : struct, Enum =>
        Choice(NameOf(column), column, description);

    /// <summary>A one-to-one related record named after its navigation.</summary>
    protected void Related<TDeclaration, TRelated>(Expression<Func<T, TRelated?>> record, string description)
        where TDeclaration : FilterDeclaration<TRelated, TScope>, new() where TRelated : class =>
        Related<TDeclaration, TRelated>(NameOf(record), record, description);

    /// <summary>A list of related records in a navigation of the record, named after it; no scope is needed to read it.</summary>
    protected void List<TDeclaration, TItem>(Expression<Func<T, IEnumerable<TItem>>> items, string description)
        where TDeclaration : FilterDeclaration<TItem, TScope>, new() where TItem : class =>
        List<TDeclaration, TItem>(NameOf(items), _ => items, description);

    private static string NameOf(LambdaExpression member) => Naming.LowerCamel(((MemberExpression)member.Body).Member.Name);

    /// <summary>A filter field of its own kind, not tied to one column.</summary>
    protected void Field(FilterField<TScope> field) => fields.Add(field);

    /// <summary>A text column: case-insensitive eq neq in nin contains startsWith endsWith; sortable.</summary>
    protected void Text(string name, Expression<Func<T, string?>> column, string description)
    {
        fields.Add(new ScalarFilterField<TScope>(name, description, column, typeof(StringOperationFilterInputType), TextOperators.Build));
        sortFields.Add(new SortField(name, description, column, typeof(SortEnumGraphType)));
    }

    /// <summary>A number or date column: eq neq in nin gt gte lt lte; sortable.</summary>
    protected void Comparable<TValue, TScalarGraphType>(string name, Expression<Func<T, TValue>> column, string description)
        where TScalarGraphType : ScalarGraphType
    {
        fields.Add(new ScalarFilterField<TScope>(name, description, column, typeof(ComparableOperationFilterInputType<TScalarGraphType>), ScalarOperators.Build));
        sortFields.Add(new SortField(name, description, column, typeof(SortEnumGraphType)));
    }

    /// <summary>An enum column: eq neq in nin.</summary>
    protected void Choice<TEnum>(string name, Expression<Func<T, TEnum>> column, string description) where TEnum : struct, Enum =>
        fields.Add(new ScalarFilterField<TScope>(name, description, column, typeof(EnumOperationFilterInputType<TEnum>), ScalarOperators.Build));

    /// <summary>A one-to-one related record, filtered and sorted by its own declaration.</summary>
    protected void Related<TDeclaration, TRelated>(string name, Expression<Func<T, TRelated?>> record, string description)
        where TDeclaration : FilterDeclaration<TRelated, TScope>, new() where TRelated : class
    {
        var related = Declarations.Of<TDeclaration>;
        fields.Add(new ObjectFilterField<TScope>(name, description, record, typeof(FilterInputGraphType<TDeclaration>), related));
        sortFields.Add(new SortField(name, description, record, typeof(SortInputGraphType<TDeclaration>), related));
    }

    /// <summary>A list of related records (some / all / none / any), read through the caller's access rules.</summary>
    protected void List<TDeclaration, TItem>(string name, Func<TScope, Expression<Func<T, IEnumerable<TItem>>>> items, string description)
        where TDeclaration : FilterDeclaration<TItem, TScope>, new() where TItem : class =>
        fields.Add(new ListFilterField<TScope>(name, description, items, typeof(ListFilterInputGraphType<TDeclaration>), Declarations.Of<TDeclaration>));

    public Expression Translate(Expression target, IDictionary<string, object?> input, TScope scope) =>
        Filters.AllOf(input.Select(pair => pair.Key switch
        {
            "and" => Filters.AllOf(Conditions(target, pair.Value, scope)),
            "or" => Conditions(target, pair.Value, scope).Aggregate((Expression)Expression.Constant(false), (any, next) =>
                any is ConstantExpression { Value: false } ? next : Expression.OrElse(any, next)),
            _ => fields.Single(field => field.Name == pair.Key).Translate(target, pair.Value
                ?? throw new CodedError(ErrorCodes.InvalidArgument, $"The filter on '{pair.Key}' is null."), scope),
        }));

    public Expression<Func<T, bool>> Predicate(IDictionary<string, object?> where, TScope scope)
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, bool>>(Translate(record, where, scope), record);
    }

    /// <summary>The keys of an <c>order</c> argument: each list element names one field, in the order given.</summary>
    public IReadOnlyList<SortKey> SortKeys(ParameterExpression record, IEnumerable<object?> order) =>
        order.Select(Filters.Map).SelectMany(element => element.Count == 1
            ? sortFields.Single(field => field.Name == element.Keys.Single()).Keys(record, element.Values.Single())
            : throw new CodedError(ErrorCodes.InvalidArgument, "Each element of 'order' names exactly one field."))
            .ToList();

    private IEnumerable<Expression> Conditions(Expression target, object? inputs, TScope scope) =>
        (inputs as IEnumerable<object?> ?? throw new CodedError(ErrorCodes.InvalidArgument, "'and' and 'or' take a list of filters."))
            .Select(input => Translate(target, Filters.Map(input), scope));
}

/// <summary>One instance of each declaration, shared by the schema and the translation.</summary>
public static class Declarations
{
    public static TDeclaration Of<TDeclaration>() where TDeclaration : IFilterDeclaration, new() => Cache<TDeclaration>.Instance;

    private static class Cache<TDeclaration> where TDeclaration : IFilterDeclaration, new()
    {
        public static readonly TDeclaration Instance = new();
    }
}
