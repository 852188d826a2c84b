using System.Linq.Expressions;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>One field of a <c>where</c> input: its GraphQL input type and its translation to a condition.</summary>
public abstract class FilterField(string name, string description)
{
    public string Name { get; } = name;
    public string Description { get; } = description;

    /// <summary>The GraphQL input type of the field (an operation input, a nested filter or a list filter).</summary>
    public abstract Type InputGraphType { get; }
}

/// <summary>A field of a <c>where</c> input and how it translates within the application's scope.</summary>
public abstract class FilterField<TScope>(string name, string description) : FilterField(name, description)
{
    /// <summary>The condition this field's input puts on <paramref name="target"/>, the record being filtered.</summary>
    public abstract Expression Translate(Expression target, object input, TScope scope);
}
