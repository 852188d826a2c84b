using System.Linq.Expressions;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>A key to order by, over a record held in a shared parameter.</summary>
public sealed record SortKey(Expression Key, bool Descending);

/// <summary>A field of an <c>order</c> input: a column, or a one-to-one related record with sort fields of its own.</summary>
public sealed class SortField(string name, string description, LambdaExpression member, Type inputGraphType, Func<IFilterDeclaration>? related = null)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public Type InputGraphType { get; } = inputGraphType;

    public IEnumerable<SortKey> Keys(Expression target, object? input)
    {
        var value = member.Body.ReplaceParameter(member.Parameters[0], target);
        if (related is null)
            return [new SortKey(value, input is SortDirection.Desc)];
        return Filters.Map(input).SelectMany(pair =>
            related().SortFields.Single(field => field.Name == pair.Key).Keys(value, pair.Value));
    }
}

public enum SortDirection { Asc, Desc }
