using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.ReadApi;

public sealed class PagingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const int Seeded = 23;

    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.AddRange(Enumerable.Range(1, Seeded).Select(i => Organisation($"Paged Org {i:00}")))));

    private sealed record Edge(string Cursor, Named Node);

    private sealed record EdgePage(Edge[] Edges, PageInfo PageInfo);

    private static async Task<EdgePage> Page(NetworkGraphApp app, string? after) =>
        (await app.QueryAsync("query ($after: String) { organisations(first: 5, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
            new { after })).AssertNoErrors().Data<EdgePage>("organisations");

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Paging_forward_visits_every_record_once_even_when_rows_are_inserted_between_pages(DatabaseProvider provider)
    {
        var app = await App(provider);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await Page(app, after);
            seen.AddRange(page.Edges.Select(e => e.Node.Name));
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            after = page.PageInfo.HasNextPage == true ? page.PageInfo.EndCursor : null;
            if (pages++ == 1) await app.SeedAsync(db => db.Add(Organisation($"Inserted while paging {provider}")));
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(Enumerable.Range(1, Seeded), i => Assert.Contains($"Paged Org {i:00}", seen));
        Assert.Contains($"Inserted while paging {provider}", seen);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task In_a_custom_order_rows_inserted_behind_the_cursor_stay_behind_and_rows_ahead_appear(DatabaseProvider provider)
    {
        var app = await App(provider);
        const string query = "query ($after: String) { organisations(first: 4, after: $after, where: { name: { startsWith: \"paged\" } }, order: [{ name: DESC }]) { nodes { name } pageInfo { hasNextPage endCursor } } }";
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await app.QueryAsync(query, new { after })).AssertNoErrors().Data<Connection<Named>>("organisations");
            seen.AddRange(page.Nodes.Select(n => n.Name));
            if (after is null)
                await app.SeedAsync(db => db.AddRange(Organisation($"Paged Org 99 {provider}"), Organisation($"Paged Org 00 {provider}")));
            after = page.PageInfo!.HasNextPage == true ? page.PageInfo.EndCursor : null;
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.OrderDescending(StringComparer.Ordinal), seen);
        Assert.DoesNotContain($"Paged Org 99 {provider}", seen);
        Assert.Contains($"Paged Org 00 {provider}", seen);
        Assert.All(Enumerable.Range(1, Seeded), i => Assert.Contains($"Paged Org {i:00}", seen));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_cursor_from_another_list_or_made_up_is_a_coded_error(DatabaseProvider provider)
    {
        var app = await App(provider);
        foreach (var after in new[] { "garbage", Convert.ToBase64String("offset:3"u8.ToArray()) })
        {
            var response = await app.QueryAsync("query ($after: String) { organisations(after: $after) { nodes { name } } }", new { after });
            Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
        }
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_relation_list_pages_with_its_own_cursors(DatabaseProvider provider)
    {
        var app = await App(provider);
        var slug = $"paging-hub-{provider}".ToLowerInvariant();
        await app.SeedAsync(db =>
        {
            var hub = Coalition($"Paging Hub {provider}");
            db.Add(hub);
            db.AddRange(Enumerable.Range(1, 7).Select(i => Organisation($"Hub member {provider} {i}")).Select(o => { db.Add(o); return Member(hub, o); }));
        });
        var first = (await app.QueryAsync("query ($slug: String!) { coalition(slug: $slug) { members(first: 4) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } } }",
            new { slug })).AssertNoErrors().Data<Connection<Named>>("coalition.members");
        var rest = (await app.QueryAsync("query ($slug: String!, $after: String) { coalition(slug: $slug) { members(first: 4, after: $after) { nodes { name } pageInfo { hasNextPage } } } }",
            new { slug, after = first.PageInfo!.EndCursor })).AssertNoErrors().Data<Connection<Named>>("coalition.members");
        Assert.Equal(7, first.TotalCount);
        Assert.True(first.PageInfo.HasNextPage);
        Assert.False(rest.PageInfo!.HasNextPage);
        var names = first.Nodes.Concat(rest.Nodes).Select(n => n.Name).ToList();
        Assert.Equal(7, names.Distinct().Count());
    }
}
