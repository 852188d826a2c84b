using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.ReadApi;

/// <summary>The cost limit raised: batching is measured on wider queries than one request may cost by default.</summary>
public sealed class WideQueryApps() : AppFixture(new Dictionary<string, string> { ["GraphQL:MaxCost"] = "1000000" });

/// <summary>Relations load through per-request DataLoaders: the statement count follows the query's depth, not its rows.</summary>
public sealed class BatchingTests(WideQueryApps apps) : IClassFixture<WideQueryApps>
{
    private const string ThreeLevels = """
        query ($first: Int!, $where: OrganisationFilterInput, $order: [OrganisationSortInput!], $after: String) {
          organisations(first: $first, where: $where, order: $order, after: $after) {
            nodes { name coalitions { nodes { name goals { nodes { title } } } } }
          }
        }
        """;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
    {
        var goals = Enumerable.Range(1, 10).Select(i => Goal($"Goal {i}")).ToList();
        var coalitions = Enumerable.Range(1, 10).Select(i => Coalition($"Coalition {i}")).ToList();
        db.AddRange(goals);
        db.AddRange(coalitions);
        for (var c = 0; c < coalitions.Count; c++)
        {
            db.Add(Supports(coalitions[c], goals[c]));
            db.Add(Supports(coalitions[c], goals[(c + 1) % goals.Count]));
        }
        for (var i = 0; i < 60; i++)
        {
            var organisation = Organisation($"Batched Org {i:00}");
            db.Add(organisation);
            db.Add(Member(coalitions[i % coalitions.Count], organisation));
            db.Add(Member(coalitions[(i + 3) % coalitions.Count], organisation));
        }
    }));

    private sealed record Member(string Name, Connection<Coalition> Coalitions);

    private sealed record Coalition(string Name, Connection<Goal> Goals);

    private sealed record Goal(string Title);

    private static async Task<long> StatementsFor(NetworkGraphApp app, int first, object? where = null, object? order = null, string? after = null)
    {
        var before = app.SqlStatements;
        var response = (await app.QueryAsync(ThreeLevels, new { first, where, order, after })).AssertNoErrors();
        var statements = app.SqlStatements - before;
        var organisations = response.Data<Member[]>("organisations.nodes");
        Assert.Equal(first, organisations.Length);
        Assert.All(organisations, o => Assert.Equal(2, o.Coalitions.Nodes.Length));
        Assert.All(organisations, o => Assert.All(o.Coalitions.Nodes, c => Assert.Equal(2, c.Goals.Nodes.Length)));
        return statements;
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Organisations_with_coalitions_and_goals_take_three_statements_for_5_or_50_rows(DatabaseProvider provider)
    {
        var app = await App(provider);
        Assert.Equal(3, await StatementsFor(app, 5));
        Assert.Equal(3, await StatementsFor(app, 50));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Filters_orders_and_cursors_add_no_statements(DatabaseProvider provider)
    {
        var app = await App(provider);
        var where = new { name = new { startsWith = "batched" }, coalitions = new { some = new { goals = new { any = true } } } };
        var order = new object[] { new { name = "DESC" } };
        var first = await app.QueryAsync("{ organisations(first: 3, order: [{ name: DESC }]) { pageInfo { endCursor } } }");
        var after = first.AssertNoErrors().Data<string>("organisations.pageInfo.endCursor");
        Assert.Equal(3, await StatementsFor(app, 5, where, order, after));
        Assert.Equal(3, await StatementsFor(app, 50, where, order));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_wide_query_whose_fields_run_in_parallel_never_shares_a_database_context(DatabaseProvider provider)
    {
        var app = await App(provider);
        var fields = string.Join('\n', Enumerable.Range(0, 24).Select(i =>
            $"f{i}: organisations(first: {20 + i}) {{ totalCount nodes {{ name partners {{ totalCount }} coalitions {{ nodes {{ members {{ totalCount }} goals {{ totalCount }} }} }} }} }}"));
        var response = (await app.QueryAsync($"{{ {fields} themes {{ code }} countries {{ code }} }}")).AssertNoErrors();
        Assert.All(Enumerable.Range(0, 24), i => Assert.Equal(20 + i, response.Data<object[]>($"f{i}.nodes").Length));
    }
}
