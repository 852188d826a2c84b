using System.Linq.Expressions;
using NetworkGraph.GraphQL.Filtering;
using static NetworkGraph.GraphQL.Tests.Filtering.Filtered;

namespace NetworkGraph.GraphQL.Tests.Filtering;

public sealed class SortKeyTests
{
    private static readonly ParameterExpression Record = Expression.Parameter(typeof(Organisation), "record");

    private static (string Key, bool Descending)[] Keys(params object?[] order) =>
        [.. Declarations.Of<OrganisationFilter>().SortKeys(Record, order).Select(key => (key.Key.ToString(), key.Descending))];

    [Fact]
    public void Each_element_of_order_gives_a_key_in_the_order_given()
    {
        Assert.Equal([("record.Founded", true), ("record.Name", false)],
            Keys(Input("founded", SortDirection.Desc), Input("name", SortDirection.Asc)));
    }

    [Fact]
    public void A_related_record_sorts_by_its_own_fields()
    {
        Assert.Equal([("record.Country.Name", true), ("record.Country.Code", false)],
            Keys(Input("country", Input("name", SortDirection.Desc)), Input("country", Input("code", SortDirection.Asc))));
    }

    [Fact]
    public void No_order_gives_no_keys()
    {
        Assert.Empty(Keys());
    }

    [Fact]
    public void The_sortable_fields_are_the_text_number_and_related_ones()
    {
        Assert.Equal(["name", "acronym", "founded", "country"], Declarations.Of<OrganisationFilter>().SortFields.Select(field => field.Name));
    }
}
