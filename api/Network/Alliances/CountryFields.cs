using System.Linq.Expressions;

namespace NetworkGraph.Api.Network.Alliances;

public static class CountryFields
{
    /// <summary>A <c>Country!</c> field named after a property that holds a country's code.</summary>
    public static void CountryField<TSource>(this ObjectGraphType<TSource> type, Expression<Func<TSource, string>> code)
    {
        var codeOf = code.Compile();
        type.Field<NonNullGraphType<CountryType>>(Naming.LowerCamel(((MemberExpression)code.Body).Member.Name))
            .Resolve(context => context.Loaders().CountryByCode(codeOf(context.Source)));
    }
}
