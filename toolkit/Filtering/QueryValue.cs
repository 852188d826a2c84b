using System.Linq.Expressions;

namespace NetworkGraph.GraphQL.Filtering;

/// <summary>
/// Puts a client's value into an expression as a captured member, so EF Core sends it as a SQL parameter
/// (one cached plan for every value) rather than as a literal.
/// </summary>
public static class QueryValue
{
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(Box<object>.Value));
    }

    /// <summary>A typed list of the client's values, for IN (…).</summary>
    public static Expression ListOf(IEnumerable<object?> values, Type type)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var value in values) list.Add(value);
        return Of(list, list.GetType());
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
