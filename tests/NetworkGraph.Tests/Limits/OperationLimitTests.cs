using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

/// <summary>Depth, alias and cost limits at their defaults: an operation over one is refused before it runs.</summary>
public sealed class OperationLimitTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite);

    /// <summary>Nests 13 fields through a named fragment, an inline fragment and a second named fragment; pages of 1 keep the cost low.</summary>
    private const string ThirteenDeep = """
        { organisations(first: 1) { nodes { ...Org } } }
        fragment Org on Organisation { coalitions(first: 1) { nodes { ... on Coalition { members(first: 1) { nodes { ...Partner } } } } } }
        fragment Partner on Organisation { partners(first: 1) { nodes { goals(first: 1) { nodes { coalitions(first: 1) { nodes { name } } } } } } }
        """;

    private static string Aliases(int count, string field) => "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    private static string Ids(int count) => string.Join(',', Enumerable.Range(0, count).Select(i =>
        $"\"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Organisation:{Guid.NewGuid():N}"))}\""));

    public static TheoryData<string, string> OverLimit => new()
    {
        { ThirteenDeep, "MAX_DEPTH_EXCEEDED" },
        { Aliases(100, "themes { code }"), "TOO_MANY_ALIASES" },
        // A fragment's aliases count each time it is spread: 4 + 4 × 7.
        { "{ a: country(code: \"UA\") { ...C } b: country(code: \"MD\") { ...C } c: country(code: \"GE\") { ...C } d: country(code: \"AM\") { ...C } }"
          + " fragment C on Country { n1: name n2: name n3: name n4: name n5: name n6: name n7: name }", "TOO_MANY_ALIASES" },
        { "{ organisations(first: 100000) { nodes { name } } }", "MAX_COST_EXCEEDED" },
        // 1 + 50 + 50 + 2,500 + 2,500 + 125,000: each page alone is allowed, nested they compound.
        { "{ organisations(first: 50) { nodes { coalitions(first: 50) { nodes { members(first: 50) { nodes { name } } } } } } }", "MAX_COST_EXCEEDED" },
        // Without first, a page has the default size (20): 1 + 20 + 20 + 400 + 400 + 8,000.
        { "{ organisations { nodes { coalitions { nodes { members { nodes { name } } } } } } }", "MAX_COST_EXCEEDED" },
        // Lists without paging count 20 items: 1 + 20 × (1 + 20 × (1 + 1 + 20 × (1 + 1))).
        { "{ countries { institutions { institution { memberStates { country { civicSpace { year } } } } } } }", "MAX_COST_EXCEEDED" },
        // 1 + 100 × (1 + 50): one batch of 100 IDs, each with a page of 50.
        { $"{{ nodes(ids: [{Ids(100)}]) {{ ... on Organisation {{ coalitions(first: 50) {{ nodes {{ name }} }} }} }} }}", "MAX_COST_EXCEEDED" },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task An_operation_over_a_limit_is_refused_before_it_runs_with_its_code(string query, string code)
    {
        var app = await App();
        var strict = await app.QueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(GraphQLResponse.GraphQLJson, strict.MediaType);
        Assert.Equal([code], strict.ErrorCodes.Distinct());
        Assert.False(strict.HasData);

        var legacy = await app.SendAsync(new GraphQLRequest { Query = query, Accept = "application/json" });
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal([code], legacy.ErrorCodes.Distinct());
        Assert.False(legacy.HasData);
    }

    [Fact]
    public async Task Variables_count_like_literals()
    {
        var app = await App();
        var pages = await app.QueryAsync("query ($n: Int) { organisations(first: $n) { nodes { name } } }", new { n = 100000 });
        Assert.Equal(["MAX_COST_EXCEEDED"], pages.ErrorCodes);

        var ids = await app.QueryAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { coalitions(first: 50) { nodes { name } } } } }",
            new { ids = System.Text.Json.JsonSerializer.Deserialize<string[]>($"[{Ids(100)}]") });
        Assert.Equal(["MAX_COST_EXCEEDED"], ids.ErrorCodes);
    }

    [Fact]
    public async Task Operations_at_the_limits_run()
    {
        var app = await App();
        var twelveDeep = ThirteenDeep.Replace("coalitions(first: 1) { nodes { name } }", "coalitions(first: 1) { totalCount }");
        (await app.QueryAsync(twelveDeep)).AssertNoErrors();
        (await app.QueryAsync(Aliases(30, "themes { code }"))).AssertNoErrors();
    }

    [Fact]
    public async Task GraphiQL_introspection_passes_the_default_limits()
    {
        var answer = await (await App()).SendAsync(new GraphQLRequest { Query = IntrospectionQuery.Text, OperationName = "IntrospectionQuery" });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(new Named("Organisation"), answer.AssertNoErrors().Data<Named[]>("__schema.types"));
    }
}
