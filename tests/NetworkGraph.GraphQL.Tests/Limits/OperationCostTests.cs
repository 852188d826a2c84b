using GraphQL;
using static NetworkGraph.GraphQL.Tests.Limits.Validation;

namespace NetworkGraph.GraphQL.Tests.Limits;

/// <summary>An object or list field costs 1 and a scalar 0; a selection runs once per row of the list around it.</summary>
public sealed class OperationCostTests
{
    private static readonly GraphQLOptions Limits = new() { DefaultPageSize = 20, AssumedListSize = 10, MaxCost = 1000 };

    private static async Task<long?> CostOf(string query, Inputs? variables = null)
    {
        var verdict = await ValidateAsync(query, Limits, variables);
        Assert.Empty(verdict.Errors);
        return verdict.Cost;
    }

    [Fact]
    public async Task Scalars_cost_nothing_and_objects_one()
    {
        Assert.Equal(0, await CostOf("{ __typename }"));
        Assert.Equal(2, await CostOf("""{ organisation(id: "1") { name country { name } } }"""));
    }

    [Fact]
    public async Task A_connection_multiplies_its_selection_by_its_page_size()
    {
        // organisations: 1 + 10 × (nodes: 1 + country: 1)
        Assert.Equal(21, await CostOf("{ organisations(first: 10) { nodes { name country { name } } } }"));
        Assert.Equal(21, await CostOf("{ organisations(last: 10) { nodes { country { name } } } }"));
    }

    [Fact]
    public async Task A_connection_without_first_or_last_counts_the_default_page_size()
    {
        Assert.Equal(41, await CostOf("{ organisations { nodes { country { name } } } }"));
    }

    [Fact]
    public async Task Nested_connections_multiply()
    {
        // organisations: 1 + 10 × (edges: 1 + node: 1 + coalitions: (1 + 5 × nodes: 1))
        Assert.Equal(81, await CostOf(
            "{ organisations(first: 10) { edges { node { coalitions(first: 5) { nodes { name } } } } } }"));
    }

    [Fact]
    public async Task A_list_that_is_not_paged_counts_the_assumed_size()
    {
        // organisation: 1 + coalitions: (1 + 3 × (nodes: 1 + members: (1 + 10 × country: 1)))
        Assert.Equal(1 + 1 + 3 * (1 + 1 + 10 * 1), await CostOf(
            """{ organisation(id: "1") { coalitions(first: 3) { nodes { members { country { name } } } } } }"""));
    }

    [Fact]
    public async Task A_list_with_a_first_argument_counts_its_page()
    {
        // organisation: 1 + partners: (1 + 4 × country: 1)
        Assert.Equal(1 + 1 + 4 * 1, await CostOf("""{ organisation(id: "1") { partners(first: 4) { country { name } } } }"""));
    }

    [Fact]
    public async Task Nodes_multiplies_by_the_ids_asked_for()
    {
        Assert.Equal(1 + 3 * 1, await CostOf("""{ nodes(ids: ["1", "2", "3"]) { country { name } } }"""));
    }

    [Fact]
    public async Task A_field_with_a_cost_of_its_own_counts_it_instead_of_one()
    {
        Assert.Equal(50 + 10 * 1, await CostOf("""{ search(text: "voice") { country { name } } }"""));
    }

    [Fact]
    public async Task Variables_count_like_literals()
    {
        var variables = new Inputs(new Dictionary<string, object?> { ["size"] = 7 });
        Assert.Equal(1 + 7 * 2, await CostOf("query ($size: Int) { organisations(first: $size) { nodes { country { name } } } }", variables));
    }

    [Fact]
    public async Task A_skipped_field_costs_nothing()
    {
        Assert.Equal(1, await CostOf("{ countries { name } organisations @skip(if: true) { totalCount } }"));
    }

    [Fact]
    public async Task A_fragment_costs_its_selection_at_every_spread()
    {
        Assert.Equal(1 + 10 * 2 + 1 + 1, await CostOf("""
            { organisations(first: 10) { nodes { ...Place } } organisation(id: "1") { ...Place } }
            fragment Place on Organisation { country { name } }
            """));
    }

    [Fact]
    public async Task Introspection_is_not_multiplied()
    {
        Assert.Equal(3, await CostOf("{ __schema { types { fields { name } } } }"));
    }

    [Fact]
    public async Task An_operation_over_the_maximum_cost_is_refused()
    {
        var verdict = await ValidateAsync("{ organisations(first: 100) { nodes { country { name } } } }", new GraphQLOptions { MaxCost = 200 });
        Assert.Equal([("MAX_COST_EXCEEDED",
            "The estimated cost of the operation is 201; at most 200 is allowed. Ask for smaller pages (first, last) or fewer nested lists.")],
            verdict.Errors);
        Assert.Null(verdict.Cost);
    }

    [Fact]
    public async Task An_operation_at_the_maximum_cost_passes()
    {
        var verdict = await ValidateAsync("{ organisations(first: 100) { nodes { country { name } } } }", new GraphQLOptions { MaxCost = 201 });
        Assert.Empty(verdict.Errors);
        Assert.Equal(201, verdict.Cost);
    }
}
