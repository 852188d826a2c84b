using NetworkGraph.GraphQL.Relay;
using static NetworkGraph.GraphQL.Tests.Filtering.Filtered;

namespace NetworkGraph.GraphQL.Tests.Filtering;

public sealed class ScalarFilterTests
{
    [Theory]
    [InlineData("eq", "civic VOICE", new[] { "Civic Voice" })]
    [InlineData("neq", "civic voice", new[] { "Open Door", "Green Valley" })]
    [InlineData("contains", "EN", new[] { "Open Door", "Green Valley" })]
    [InlineData("startsWith", "gREEN", new[] { "Green Valley" })]
    [InlineData("endsWith", "DOOR", new[] { "Open Door" })]
    public void Text_operators_ignore_case(string op, string value, string[] expected)
    {
        Assert.Equal(expected, Names(Where("name", op, value)));
    }

    [Fact]
    public void Text_in_and_nin_ignore_case()
    {
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("name", "in", new object?[] { "GREEN valley", "civic voice" })));
        Assert.Equal(["Open Door"], Names(Where("name", "nin", new object?[] { "GREEN valley", "civic voice" })));
    }

    [Fact]
    public void Eq_null_finds_missing_text_and_neq_null_present_text()
    {
        Assert.Equal(["Open Door"], Names(Where("acronym", "eq", null)));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("acronym", "neq", null)));
    }

    [Theory]
    [InlineData("eq", 2005, new[] { "Open Door" })]
    [InlineData("neq", 2005, new[] { "Civic Voice", "Green Valley" })]
    [InlineData("gt", 2005, new[] { "Green Valley" })]
    [InlineData("gte", 2005, new[] { "Open Door", "Green Valley" })]
    [InlineData("lt", 2005, new[] { "Civic Voice" })]
    [InlineData("lte", 2005, new[] { "Civic Voice", "Open Door" })]
    public void Comparisons_compare_numbers(string op, int value, string[] expected)
    {
        Assert.Equal(expected, Names(Where("founded", op, value)));
    }

    [Fact]
    public void Operators_of_one_field_must_all_hold()
    {
        Assert.Equal(["Open Door"], Names(Input("founded", new Dictionary<string, object?> { ["gt"] = 1998, ["lt"] = 2012 })));
    }

    [Fact]
    public void Numbers_in_and_nin_a_list()
    {
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("founded", "in", new object?[] { 1998, 2012, 1900 })));
        Assert.Equal(["Open Door"], Names(Where("founded", "nin", new object?[] { 1998, 2012, 1900 })));
    }

    [Fact]
    public void Enums_compare_by_value()
    {
        Assert.Equal(["Open Door"], Names(Where("stage", "eq", Stage.Draft)));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("stage", "neq", Stage.Draft)));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("stage", "in", new object?[] { Stage.Published, Stage.Archived })));
        Assert.Equal(["Open Door"], Names(Where("stage", "nin", new object?[] { Stage.Published, Stage.Archived })));
    }

    [Fact]
    public void The_id_filter_takes_global_ids_of_its_own_type()
    {
        var civicVoice = GlobalId.Encode("Organisation", CivicVoice.Id.ToString("N"));
        var greenValley = GlobalId.Encode("Organisation", GreenValley.Id.ToString("N"));
        Assert.Equal(["Civic Voice"], Names(Where("id", "eq", civicVoice)));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("id", "in", new object?[] { greenValley, civicVoice })));
        Assert.Equal(["Open Door"], Names(Where("id", "nin", new object?[] { greenValley, civicVoice })));
    }

    [Fact]
    public void The_id_filter_refuses_an_id_of_another_type()
    {
        var country = GlobalId.Encode("Country", CivicVoice.Id.ToString("N"));
        Expect.Coded("INVALID_ID", $"The ID '{country}' is not an Organisation ID.", () => Names(Where("id", "eq", country)));
    }

    [Fact]
    public void A_reference_takes_a_global_id_of_any_type()
    {
        var parent = GlobalId.Encode("Coalition", CivicVoice.Id.ToString("N"));
        Assert.Equal(["Open Door"], Names(Where("parent", "eq", parent)));
        Assert.Equal(["Open Door"], Names(Where("parent", "in", new object?[] { parent })));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Where("parent", "neq", parent)));
    }
}
