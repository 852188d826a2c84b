using System.Linq.Expressions;
using NetworkGraph.GraphQL.Filtering;
using static NetworkGraph.GraphQL.Tests.Filtering.Filtered;

namespace NetworkGraph.GraphQL.Tests.Filtering;

/// <summary>Input that the schema's types let through but that has no meaning is a coded client error.</summary>
public sealed class FilterInputErrorTests
{
    private static void AssertInvalid(string message, IDictionary<string, object?> where) =>
        Expect.Coded("INVALID_ARGUMENT", message, () => Names(where));

    [Theory]
    [InlineData("name", "like")]
    [InlineData("founded", "between")]
    public void An_unknown_operator_is_refused(string field, string op) =>
        AssertInvalid($"The filter operator '{op}' is not known.", Where(field, op, "x"));

    [Fact]
    public void An_unknown_list_operator_is_refused() =>
        AssertInvalid("The list operator 'most' is not known.", Input("memberships", Input("most", Where("role", "eq", "x"))));

    [Fact]
    public void A_null_filter_on_a_field_is_refused() =>
        AssertInvalid("The filter on 'name' is null.", Input("name", null));

    [Fact]
    public void A_null_related_filter_is_refused() =>
        AssertInvalid("A filter needs an input object.", Input("memberships", Input("some", null)));

    [Theory]
    [InlineData("and")]
    [InlineData("or")]
    public void And_and_or_without_a_list_are_refused(string combinator) =>
        AssertInvalid("'and' and 'or' take a list of filters.", Input(combinator, null));

    [Fact]
    public void In_without_a_list_is_refused() =>
        AssertInvalid("'in' and 'nin' take a list.", Where("founded", "in", 1998));

    [Fact]
    public void A_text_operator_without_text_is_refused() =>
        AssertInvalid("A text filter needs a text value.", Where("name", "contains", null));

    [Fact]
    public void An_id_filter_without_ids_is_refused() =>
        AssertInvalid("An ID filter needs IDs.", Where("id", "eq", null));

    [Fact]
    public void An_order_element_with_two_fields_is_refused()
    {
        var record = Expression.Parameter(typeof(Organisation), "record");
        var element = new Dictionary<string, object?> { ["name"] = SortDirection.Asc, ["founded"] = SortDirection.Desc };
        Expect.Coded("INVALID_ARGUMENT", "Each element of 'order' names exactly one field.",
            () => Declarations.Of<OrganisationFilter>().SortKeys(record, [element]));
    }
}
