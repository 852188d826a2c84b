using static NetworkGraph.GraphQL.Tests.Limits.Validation;

namespace NetworkGraph.GraphQL.Tests.Limits;

/// <summary>The depth of nested fields and the aliases of an operation.</summary>
public sealed class OperationShapeTests
{
    /// <summary>organisations › nodes › coalitions › nodes › members › name: six levels.</summary>
    private const string SixDeep = "{ organisations(first: 1) { nodes { coalitions(first: 1) { nodes { members { name } } } } } }";

    [Fact]
    public async Task An_operation_at_the_maximum_depth_passes()
    {
        Assert.Empty((await ValidateAsync(SixDeep, new GraphQLOptions { MaxDepth = 6 })).Errors);
    }

    [Fact]
    public async Task An_operation_deeper_than_the_maximum_is_refused()
    {
        var verdict = await ValidateAsync(SixDeep, new GraphQLOptions { MaxDepth = 5 });
        Assert.Equal([("MAX_DEPTH_EXCEEDED", "The operation nests fields 6 deep; at most 5 levels are allowed.")], verdict.Errors);
    }

    [Fact]
    public async Task Fragments_inline_or_named_add_no_depth_of_their_own()
    {
        const string query = """
            { organisations(first: 1) { nodes { ... on Organisation { coalitions(first: 1) { ...Members } } } } }
            fragment Members on CoalitionConnection { nodes { members { name } } }
            """;
        Assert.Empty((await ValidateAsync(query, new GraphQLOptions { MaxDepth = 6 })).Errors);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], (await ValidateAsync(query, new GraphQLOptions { MaxDepth = 5 })).Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Unwrapping_a_type_with_ofType_adds_no_depth()
    {
        // __schema › types › fields › type › name, however many times ofType unwraps the type.
        const string query = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }";
        Assert.Empty((await ValidateAsync(query, new GraphQLOptions { MaxDepth = 5 })).Errors);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], (await ValidateAsync(query, new GraphQLOptions { MaxDepth = 4 })).Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Aliases_in_a_fragment_count_once_per_spread()
    {
        // a, b and c, and the fragment's two aliases at each of its three spreads.
        const string query = """
            { a: organisation(id: "1") { ...Names } b: organisation(id: "2") { ...Names } c: organisation(id: "3") { ...Names } }
            fragment Names on Organisation { title: name home: country { name } }
            """;
        Assert.Empty((await ValidateAsync(query, new GraphQLOptions { MaxAliases = 9 })).Errors);
        var verdict = await ValidateAsync(query, new GraphQLOptions { MaxAliases = 8 });
        Assert.Equal([("TOO_MANY_ALIASES", "The operation uses 9 aliases; at most 8 are allowed.")], verdict.Errors);
    }

    [Fact]
    public async Task An_operation_over_several_limits_is_refused_for_each()
    {
        var verdict = await ValidateAsync("{ a: organisations(first: 50) { nodes { coalitions(first: 50) { nodes { name } } } } }",
            new GraphQLOptions { MaxDepth = 3, MaxAliases = 0, MaxCost = 100 });
        Assert.Equal(["MAX_DEPTH_EXCEEDED", "TOO_MANY_ALIASES", "MAX_COST_EXCEEDED"], verdict.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task A_document_with_other_errors_is_not_measured()
    {
        var verdict = await ValidateAsync("{ organisations { nodes { unknown } } }", new GraphQLOptions { MaxDepth = 1 });
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], verdict.Errors.Select(e => e.Code));
        Assert.Null(verdict.Cost);
    }
}
