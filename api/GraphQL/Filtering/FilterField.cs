using System.Linq.Expressions;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>One field of a <c>where</c> input: its GraphQL input type and its translation to a condition.</summary>
public abstract class FilterField(string name, string description)
{
    public string Name { get; } = name;
    public string Description { get; } = description;

    /// <summary>The GraphQL input type of the field (an operation input, a nested filter or a list filter).</summary>
    public abstract Type InputGraphType { get; }

    /// <summary>The condition this field's input puts on <paramref name="target"/>, the record being filtered.</summary>
    public abstract Expression Translate(Expression target, object input, FilterScope scope);
}
