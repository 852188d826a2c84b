using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>A text, number, date, enum or boolean column compared with the operators of its input type.</summary>
public sealed class ScalarFilterField<TScope>(string name, string description, LambdaExpression member, Type inputGraphType,
    Func<string, Expression, object?, Expression> buildOperator) : FilterField<TScope>(name, description)
{
    public override Type InputGraphType => inputGraphType;

    public override Expression Translate(Expression target, object input, TScope scope)
    {
        var column = member.Body.ReplaceParameter(member.Parameters[0], target);
        return Filters.AllOf(Filters.Map(input).Select(pair => buildOperator(pair.Key, column, pair.Value)));
    }
}

/// <summary>A one-to-one related record (e.g. an organisation's headquarters country), filtered by its own declaration.</summary>
/// <remarks>Declarations refer to each other in cycles, so the related one is looked up when first needed.</remarks>
public sealed class ObjectFilterField<TScope>(string name, string description, LambdaExpression member, Type inputGraphType,
    Func<IFilterDeclaration<TScope>> related) : FilterField<TScope>(name, description)
{
    public override Type InputGraphType => inputGraphType;

    public override Expression Translate(Expression target, object input, TScope scope)
    {
        var record = member.Body.ReplaceParameter(member.Parameters[0], target);
        return Expression.AndAlso(Expression.NotEqual(record, Expression.Constant(null, record.Type)),
            related().Translate(record, Filters.Map(input), scope));
    }
}

/// <summary>A list of related records, filtered with some / all / none / any; the list itself is read through access rules.</summary>
public sealed class ListFilterField<TScope>(string name, string description, Func<TScope, LambdaExpression> list, Type inputGraphType,
    Func<IFilterDeclaration<TScope>> itemDeclaration) : FilterField<TScope>(name, description)
{
    private IFilterDeclaration<TScope> Item => itemDeclaration();

    public override Type InputGraphType => inputGraphType;

    public override Expression Translate(Expression target, object input, TScope scope)
    {
        var selector = list(scope);
        var items = selector.Body.ReplaceParameter(selector.Parameters[0], target);
        return Filters.AllOf(Filters.Map(input).Select(pair => pair.Key switch
        {
            "some" => Any(items, Condition(pair.Value, scope)),
            "none" => Expression.Not(Any(items, Condition(pair.Value, scope))),
            "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [Item.EntityType], items, Condition(pair.Value, scope)),
            "any" => pair.Value is true ? Any(items, null) : Expression.Not(Any(items, null)),
            _ => throw new CodedError(ErrorCodes.InvalidArgument, $"The list operator '{pair.Key}' is not known."),
        }));
    }

    private LambdaExpression Condition(object? input, TScope scope)
    {
        var parameter = Expression.Parameter(Item.EntityType, "item");
        return Expression.Lambda(Item.Translate(parameter, Filters.Map(input), scope), parameter);
    }

    private Expression Any(Expression items, LambdaExpression? condition) => condition is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [Item.EntityType], items)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [Item.EntityType], items, condition);
}

public static class Filters
{
    /// <summary>The members of an input object; a missing or null input object is a client error.</summary>
    public static IDictionary<string, object?> Map(object? input) =>
        input as IDictionary<string, object?> ?? throw new CodedError(ErrorCodes.InvalidArgument, "A filter needs an input object.");

    public static Expression AllOf(IEnumerable<Expression> conditions) =>
        conditions.Aggregate((Expression)Expression.Constant(true), (all, next) => all is ConstantExpression { Value: true } ? next : Expression.AndAlso(all, next));

    public static Expression ReplaceParameter(this Expression body, ParameterExpression parameter, Expression replacement) =>
        ReplacingExpressionVisitor.Replace(parameter, replacement, body);
}
