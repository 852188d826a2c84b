using System.Linq.Expressions;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>The operators of scalar filters: eq neq in nin for every kind; gt gte lt lte for comparable values.</summary>
public static class ScalarOperators
{
    public static readonly string[] Equality = ["eq", "neq", "in", "nin"];
    public static readonly string[] Comparison = ["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte"];

    public static Expression Build(string op, Expression member, object? value) => op switch
    {
        "eq" => Equal(member, value),
        "neq" => Expression.Not(Equal(member, value)),
        "in" => In(member, value),
        "nin" => Expression.Not(In(member, value)),
        "gt" => Expression.GreaterThan(member, Typed(member, value)),
        "gte" => Expression.GreaterThanOrEqual(member, Typed(member, value)),
        "lt" => Expression.LessThan(member, Typed(member, value)),
        "lte" => Expression.LessThanOrEqual(member, Typed(member, value)),
        _ => throw new CodedError(ErrorCodes.InvalidArgument, $"The filter operator '{op}' is not known."),
    };

    private static Expression Equal(Expression member, object? value) => Expression.Equal(member, Typed(member, value));

    private static Expression In(Expression member, object? value)
    {
        var values = value as IEnumerable<object?> ?? throw new CodedError(ErrorCodes.InvalidArgument, "'in' and 'nin' take a list.");
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], QueryValue.ListOf(values, member.Type), member);
    }

    private static Expression Typed(Expression member, object? value) =>
        value is null ? Expression.Constant(null, member.Type) : QueryValue.Of(value, member.Type);
}

/// <summary>Case-insensitive text operators (SQLite folds ASCII letters only; PostgreSQL and SQL Server all letters).</summary>
public static class TextOperators
{
    public static readonly string[] All = ["eq", "neq", "in", "nin", "contains", "startsWith", "endsWith"];

    public static Expression Build(string op, Expression member, object? value)
    {
        var lowered = Expression.Call(member, nameof(string.ToLower), Type.EmptyTypes);
        return op switch
        {
            "eq" when value is null => Expression.Equal(member, Expression.Constant(null, typeof(string))),
            "neq" when value is null => Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            "eq" => Expression.Equal(lowered, Text(value)),
            "neq" => Expression.Not(Expression.Equal(lowered, Text(value))),
            "in" => In(lowered, value),
            "nin" => Expression.Not(In(lowered, value)),
            "contains" => Call(lowered, nameof(string.Contains), value),
            "startsWith" => Call(lowered, nameof(string.StartsWith), value),
            "endsWith" => Call(lowered, nameof(string.EndsWith), value),
            _ => throw new CodedError(ErrorCodes.InvalidArgument, $"The filter operator '{op}' is not known."),
        };
    }

    private static Expression Text(object? value) => QueryValue.Of(
        (value as string ?? throw new CodedError(ErrorCodes.InvalidArgument, "A text filter needs a text value.")).ToLowerInvariant(), typeof(string));

    private static Expression Call(Expression lowered, string method, object? value) =>
        Expression.AndAlso(Expression.NotEqual(lowered, Expression.Constant(null, typeof(string))),
            Expression.Call(lowered, typeof(string).GetMethod(method, [typeof(string)])!, Text(value)));

    private static Expression In(Expression lowered, object? value)
    {
        var values = value as IEnumerable<object?> ?? throw new CodedError(ErrorCodes.InvalidArgument, "'in' and 'nin' take a list.");
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            QueryValue.ListOf(values.Select(v => (object?)(v as string)?.ToLowerInvariant()), typeof(string)), lowered);
    }
}
