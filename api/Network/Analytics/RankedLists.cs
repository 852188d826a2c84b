using System.Linq.Expressions;

namespace NetworkGraph.Api.Network.Analytics;

/// <summary>List fields of the best items of a ranking, as many as <c>first</c> asks for: the cost limits count those items as a page.</summary>
public static class RankedLists
{
    public const string First = "first";
    public const int DefaultFirst = 20, MaxFirst = 1000;

    /// <summary>A field named after the ranking's property, with <c>first</c> (1 to <see cref="MaxFirst"/>, <see cref="DefaultFirst"/> unless given).</summary>
    public static void Ranked<TSource, TItemType, TItem>(this ObjectGraphType<TSource> type, Expression<Func<TSource, IReadOnlyList<TItem>>> ranking,
        string description) where TItemType : IGraphType
    {
        var items = ranking.Compile();
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemType>>>>(Naming.LowerCamel(((MemberExpression)ranking.Body).Member.Name))
            .Description(description)
            .Argument<IntGraphType>(First, $"How many, from the first (1 to {MaxFirst}).", argument => argument.DefaultValue = DefaultFirst)
            .Resolve(context => items(context.Source).Take(context.Within(First, 1, MaxFirst)));
    }
}
