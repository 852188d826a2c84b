using System.Linq.Expressions;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>What can be filtered and sorted on one record type, as the schema shows it; see <see cref="FilterDeclaration{T, TScope}"/>.</summary>
public interface IFilterDeclaration
{
    string TypeName { get; }
    Type EntityType { get; }
    IReadOnlyList<FilterField> Fields { get; }
    IReadOnlyList<SortField> SortFields { get; }
}

/// <summary>
/// A declaration that translates <c>where</c> input within a scope of the application's: whatever its conditions on
/// related records need to read them (the caller's access rules and a database context, say).
/// </summary>
public interface IFilterDeclaration<in TScope> : IFilterDeclaration
{
    /// <summary>The condition a <c>where</c> input object puts on <paramref name="target"/>, with <c>and</c>/<c>or</c>.</summary>
    Expression Translate(Expression target, IDictionary<string, object?> input, TScope scope);
}
