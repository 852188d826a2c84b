using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.Limits;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

/// <summary>The cost of a request that runs is reported in <c>extensions.cost</c>, as computed by hand here.</summary>
public sealed class CostTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static async Task<long> CostOf(NetworkGraphApp app, string query, object? variables = null)
    {
        var answer = (await app.QueryAsync(query, variables)).AssertNoErrors();
        Assert.Equal(5000, answer.Read<int>("extensions.cost.maximum"));
        return answer.Read<long>("extensions.cost.requested");
    }

    [Fact]
    public async Task An_expensive_but_allowed_query_runs_and_reports_its_cost()
    {
        const string query = """
            {
              organisations(first: 40) {
                totalCount
                nodes { name coalitions(first: 10) { nodes { name members(first: 10) { nodes { name } } } } }
              }
            }
            """;
        // organisations 1, and per organisation (× 40): nodes 1 and coalitions 1; per coalition (× 400): nodes 1 and
        // members 1; per member (× 4,000): nodes 1. Scalars cost nothing: 1 + 40 + 40 + 400 + 400 + 4,000.
        Assert.Equal(4881, await CostOf(await apps.For(DatabaseProvider.Sqlite), query));
    }

    public static TheoryData<string, object?, long> Costs => new()
    {
        { "{ themes { code } }", null, 1 },
        // The default page size (20) where first is not given: 1 + 20 × 1.
        { "{ organisations { nodes { name } } }", null, 21 },
        // Variables and fragments: 1 + 7 × (pageInfo 1 + nodes 1 + headquartersCountry 1).
        { "query ($first: Int!) { organisations(first: $first) { ...Page } } fragment Page on OrganisationConnection { pageInfo { hasNextPage } nodes { headquartersCountry { name } } }",
          new { first = 7 }, 22 },
        // A list that is not paged counts 20 items: 1 + 20 × (institutions 1 + 20 × institution 1).
        { "{ countries { name institutions { institution { name } } } }", null, 421 },
        // A skipped field costs nothing: 1 + 3 × 1.
        { "query ($skip: Boolean!) { coalitions(first: 3) { nodes { name } edges @skip(if: $skip) { node { name } } } }", new { skip = true }, 4 },
        // nodes(ids:) multiplies by the number of IDs: 1 + 2 × (coalitions 1 + 5 × nodes 1).
        { "{ nodes(ids: [\"VGhlbWU6SFI=\", \"VGhlbWU6RU5W\"]) { ... on Organisation { coalitions(first: 5) { nodes { name } } } } }", null, 13 },
    };

    [Theory]
    [MemberData(nameof(Costs))]
    public async Task The_cost_follows_page_sizes_fragments_variables_and_directives(string query, object? variables, long cost) =>
        Assert.Equal(cost, await CostOf(await apps.For(DatabaseProvider.Sqlite), query, variables));

    [Fact]
    public async Task A_field_known_to_be_expensive_carries_its_own_cost()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        await using var weighed = app.WithWebHostBuilder(host =>
            host.ConfigureServices(services => services.AddSingleton<IQueryFields, WeighedField>()));
        using var client = new GraphQLClient(weighed.CreateClient());
        var answer = await client.QueryAsync("{ weighed themes { code } }");
        Assert.Equal(41, answer.AssertNoErrors().Read<long>("extensions.cost.requested"));
    }

    private sealed class WeighedField : IQueryFields
    {
        public void AddTo(ObjectGraphType query) => query.Field<StringGraphType>("weighed").WithCost(40).Resolve(_ => "expensive");
    }
}
