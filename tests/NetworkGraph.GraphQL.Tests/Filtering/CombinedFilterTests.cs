using static NetworkGraph.GraphQL.Tests.Filtering.Filtered;

namespace NetworkGraph.GraphQL.Tests.Filtering;

/// <summary><c>and</c>, <c>or</c>, related records and lists of them.</summary>
public sealed class CombinedFilterTests
{
    [Fact]
    public void No_condition_lets_every_record_through()
    {
        Assert.Equal(["Civic Voice", "Open Door", "Green Valley"], Names(new Dictionary<string, object?>()));
    }

    [Fact]
    public void Fields_of_one_filter_must_all_hold()
    {
        var where = new Dictionary<string, object?> { ["name"] = Input("contains", "e"), ["founded"] = Input("gt", 2000) };
        Assert.Equal(["Open Door", "Green Valley"], Names(where));
        where["stage"] = Input("eq", Stage.Draft);
        Assert.Equal(["Open Door"], Names(where));
    }

    [Fact]
    public void And_needs_every_filter_and_or_any_one()
    {
        object?[] filters = [Where("founded", "gt", 2000), Where("acronym", "neq", null)];
        Assert.Equal(["Green Valley"], Names(Input("and", filters)));
        Assert.Equal(["Civic Voice", "Open Door", "Green Valley"], Names(Input("or", filters)));
        Assert.Equal(["Civic Voice", "Green Valley"], Names(Input("or", new object?[] { Where("founded", "lt", 2000), Where("stage", "eq", Stage.Archived) })));
    }

    [Fact]
    public void And_and_or_nest()
    {
        var where = Input("or", new object?[]
        {
            Input("and", new object?[] { Where("founded", "gt", 2000), Where("acronym", "eq", null) }),
            Where("name", "startsWith", "civic"),
        });
        Assert.Equal(["Civic Voice", "Open Door"], Names(where));
    }

    [Fact]
    public void A_related_record_is_filtered_by_its_own_fields_and_a_missing_one_never_matches()
    {
        Assert.Equal(["Open Door"], Names(Input("country", Where("name", "eq", "GEORGIA"))));
        Assert.Equal(["Civic Voice", "Open Door"], Names(Input("country", Where("code", "neq", "XX"))));
    }

    [Fact]
    public void Some_all_and_none_filter_the_items_of_a_list()
    {
        Assert.Equal(["Civic Voice"], Names(Input("memberships", Input("some", Where("role", "eq", "founder")))));
        Assert.Equal(["Open Door", "Green Valley"], Names(Input("memberships", Input("none", Where("role", "eq", "founder")))));
        // every membership of Green Valley holds, as it has none
        Assert.Equal(["Open Door", "Green Valley"], Names(Input("memberships", Input("all", Where("role", "eq", "member")))));
    }

    [Fact]
    public void Any_asks_whether_a_list_has_items()
    {
        Assert.Equal(["Civic Voice", "Open Door"], Names(Input("memberships", Input("any", true))));
        Assert.Equal(["Green Valley"], Names(Input("memberships", Input("any", false))));
    }

    [Fact]
    public void A_list_is_read_as_the_viewer_may_see_it()
    {
        var observer = Input("memberships", Input("some", Where("role", "eq", "observer")));
        Assert.Equal(["Civic Voice"], Names(observer, seesHidden: true));
        Assert.Empty(Names(observer, seesHidden: false));
    }
}
