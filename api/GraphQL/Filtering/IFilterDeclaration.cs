using System.Linq.Expressions;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>What can be filtered and sorted on one record type; see <see cref="FilterDeclaration{T}"/>.</summary>
public interface IFilterDeclaration
{
    string TypeName { get; }
    Type EntityType { get; }
    IReadOnlyList<FilterField> Fields { get; }
    IReadOnlyList<SortField> SortFields { get; }

    /// <summary>The condition a <c>where</c> input object puts on <paramref name="target"/>, with <c>and</c>/<c>or</c>.</summary>
    Expression Translate(Expression target, IDictionary<string, object?> input, FilterScope scope);
}
