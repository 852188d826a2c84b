using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.QueryPower;

/// <summary>Every operator of the generated where/order inputs against known data, on every provider.</summary>
public sealed class FilteringTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
    {
        var lgbtqi = new Theme { Code = "lgbtqi-rights" };
        var women = new Theme { Code = "womens-rights" };
        var media = new Theme { Code = "media-freedom" };
        db.AttachRange(lgbtqi, women, media);
        var alpha = Shaped(Organisation("Alpha Legal Aid", country: "GE"), OrganisationKind.LegalAid, 1995, "ALA", lgbtqi);
        var beta = Shaped(Organisation("Beta Rights Watch", country: "AM"), OrganisationKind.Ngo, 2005, null, women);
        var gamma = Shaped(Organisation("Gamma Media Centre", country: "RS"), OrganisationKind.Media, 2015, "GMC", media, lgbtqi);
        var delta = Shaped(Organisation("Delta Network", country: "UA"), OrganisationKind.Network, null, null);
        var hidden = Shaped(Organisation("Epsilon Hidden Rights", status: ContentStatus.Draft, country: "GE"), OrganisationKind.Ngo, 2000, null, lgbtqi);
        var rainbow = Coalition("Rainbow Coalition");
        var courts = Coalition("Courts Coalition");
        db.AddRange(alpha, beta, gamma, delta, hidden, rainbow, courts);
        db.AddRange(Member(rainbow, alpha), Member(rainbow, gamma), Member(rainbow, hidden), Member(courts, beta),
            Member(courts, delta, Visibility.Staff));
    }));

    private static Organisation Shaped(Organisation organisation, OrganisationKind kind, int? founded, string? acronym, params Theme[] themes)
    {
        organisation.Kind = kind;
        organisation.FoundedYear = founded;
        organisation.Acronym = acronym;
        organisation.Themes.AddRange(themes);
        return organisation;
    }

    private async Task<List<string>> Names(DatabaseProvider provider, string arguments)
    {
        var response = await (await App(provider)).QueryAsync($"{{ organisations({arguments}) {{ totalCount nodes {{ name }} }} }}");
        var organisations = response.AssertNoErrors().Data<Connection<Named>>("organisations");
        Assert.Equal(organisations.Nodes.Length, organisations.TotalCount);
        return [.. organisations.Nodes.Select(n => n.Name)];
    }

    private async Task AssertMatches(DatabaseProvider provider, string where, params string[] expected) =>
        Assert.Equal(expected.Order(), (await Names(provider, $"where: {where}")).Order());

    private static readonly (string Where, string[] Expected)[] Cases =
    [
        // text: case-insensitive
        ("{ name: { eq: \"alpha legal aid\" } }", ["Alpha Legal Aid"]),
        ("{ name: { neq: \"ALPHA LEGAL AID\" } }", ["Beta Rights Watch", "Gamma Media Centre", "Delta Network"]),
        ("{ name: { in: [\"delta network\", \"Gamma Media Centre\"] } }", ["Gamma Media Centre", "Delta Network"]),
        ("{ name: { nin: [\"delta network\", \"Gamma Media Centre\"] } }", ["Alpha Legal Aid", "Beta Rights Watch"]),
        ("{ name: { contains: \"RIGHTS\" } }", ["Beta Rights Watch"]),
        ("{ name: { startsWith: \"gam\" } }", ["Gamma Media Centre"]),
        ("{ name: { endsWith: \"NETWORK\" } }", ["Delta Network"]),
        ("{ acronym: { eq: null } }", ["Beta Rights Watch", "Delta Network"]),
        // comparable, with missing values
        ("{ foundedYear: { gt: 2000 } }", ["Beta Rights Watch", "Gamma Media Centre"]),
        ("{ foundedYear: { gte: 2005, lte: 2015 } }", ["Beta Rights Watch", "Gamma Media Centre"]),
        ("{ foundedYear: { lt: 2005 } }", ["Alpha Legal Aid"]),
        ("{ foundedYear: { eq: null } }", ["Delta Network"]),
        ("{ foundedYear: { neq: null } }", ["Alpha Legal Aid", "Beta Rights Watch", "Gamma Media Centre"]),
        ("{ foundedYear: { in: [1995, 2015] } }", ["Alpha Legal Aid", "Gamma Media Centre"]),
        ("{ foundedYear: { nin: [1995, 2015] } }", ["Beta Rights Watch", "Delta Network"]),
        // enums
        ("{ kind: { eq: MEDIA } }", ["Gamma Media Centre"]),
        ("{ kind: { neq: MEDIA } }", ["Alpha Legal Aid", "Beta Rights Watch", "Delta Network"]),
        ("{ kind: { in: [NGO, NETWORK] } }", ["Beta Rights Watch", "Delta Network"]),
        ("{ kind: { nin: [NGO, NETWORK] } }", ["Alpha Legal Aid", "Gamma Media Centre"]),
        // a related record and its own lists
        ("{ headquartersCountry: { code: { eq: \"ge\" } } }", ["Alpha Legal Aid"]),
        ("{ headquartersCountry: { institutions: { some: { institution: { eq: \"WB\" } } } } }", ["Gamma Media Centre"]),
        ("{ headquartersCountry: { institutions: { some: { institution: { eq: \"EAP\" } } } } }", ["Alpha Legal Aid", "Beta Rights Watch", "Delta Network"]),
        // lists: some / all / none / any
        ("{ themes: { some: { code: { eq: \"lgbtqi-rights\" } } } }", ["Alpha Legal Aid", "Gamma Media Centre"]),
        ("{ themes: { none: { code: { eq: \"lgbtqi-rights\" } } } }", ["Beta Rights Watch", "Delta Network"]),
        ("{ themes: { all: { code: { eq: \"lgbtqi-rights\" } } } }", ["Alpha Legal Aid", "Delta Network"]),
        ("{ themes: { any: false } }", ["Delta Network"]),
        ("{ coalitions: { any: true } }", ["Alpha Legal Aid", "Beta Rights Watch", "Gamma Media Centre"]),
        ("{ coalitions: { some: { name: { contains: \"courts\" } } } }", ["Beta Rights Watch"]),
        ("{ coalitions: { some: { members: { some: { kind: { eq: MEDIA } } } } } }", ["Alpha Legal Aid", "Gamma Media Centre"]),
        // and / or
        ("{ or: [{ kind: { eq: MEDIA } }, { foundedYear: { lt: 2000 } }] }", ["Alpha Legal Aid", "Gamma Media Centre"]),
        ("{ and: [{ themes: { any: true } }, { or: [{ acronym: { eq: null } }, { name: { startsWith: \"g\" } }] }] }", ["Beta Rights Watch", "Gamma Media Centre"]),
    ];

    public static TheoryData<DatabaseProvider, string, string[]> CasesOnEveryProvider
    {
        get
        {
            var all = new TheoryData<DatabaseProvider, string, string[]>();
            foreach (var provider in TestDatabase.Configured)
                foreach (var (where, expected) in Cases)
                    all.Add(provider, where, expected);
            return all;
        }
    }

    [Theory]
    [MemberData(nameof(CasesOnEveryProvider))]
    public Task Each_operator_selects_exactly_the_matching_visible_records(DatabaseProvider provider, string where, string[] expected) =>
        AssertMatches(provider, where, expected);

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Ordering_on_several_keys_puts_missing_values_last_ascending_and_first_descending(DatabaseProvider provider)
    {
        Assert.Equal(["Delta Network", "Gamma Media Centre", "Beta Rights Watch", "Alpha Legal Aid"],
            await Names(provider, "order: [{ foundedYear: DESC }, { name: ASC }]"));
        Assert.Equal(["Alpha Legal Aid", "Beta Rights Watch", "Gamma Media Centre", "Delta Network"],
            await Names(provider, "order: [{ foundedYear: ASC }]"));
        Assert.Equal(["Beta Rights Watch", "Alpha Legal Aid", "Gamma Media Centre", "Delta Network"],
            await Names(provider, "order: [{ headquartersCountry: { name: ASC } }]"));
        Assert.Equal(["Gamma Media Centre", "Alpha Legal Aid"],
            await Names(provider, "where: { themes: { any: true }, acronym: { neq: null } }, order: [{ acronym: DESC }]"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Paging_backwards_and_forwards_in_a_custom_order_yields_the_whole_list_once(DatabaseProvider provider)
    {
        var app = await App(provider);
        const string order = "order: [{ foundedYear: DESC }, { name: ASC }]";
        var forward = await Walk(app, order, "first", "after", "endCursor", "hasNextPage");
        var backward = await Walk(app, order, "last", "before", "startCursor", "hasPreviousPage");
        Assert.Equal(["Delta Network", "Gamma Media Centre", "Beta Rights Watch", "Alpha Legal Aid"], forward);
        Assert.Equal(forward, backward);
    }

    /// <summary>Pages through a list one record at a time, in either direction; returns the records in list order.</summary>
    private static async Task<List<string>> Walk(NetworkGraphApp app, string order, string size, string cursorArgument, string cursorField, string more)
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await app.QueryAsync($"query ($cursor: String) {{ organisations({size}: 1, {cursorArgument}: $cursor, {order}) {{ nodes {{ name }} pageInfo {{ {cursorField} {more} }} }} }}",
                new { cursor })).AssertNoErrors();
            var name = page.Data<string>("organisations.nodes[0].name");
            if (size == "last") names.Insert(0, name); else names.Add(name);
            cursor = page.Data<bool>($"organisations.pageInfo.{more}") ? page.Data<string>($"organisations.pageInfo.{cursorField}") : null;
        }
        while (cursor is not null);
        return names;
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Records_are_filtered_by_the_global_ids_of_their_relations_and_a_foreign_id_is_a_coded_error(DatabaseProvider provider)
    {
        var app = await App(provider);
        var ids = (await app.QueryAsync("{ coalition(slug: \"rainbow-coalition\") { id } organisation(slug: \"beta-rights-watch\") { id } }")).AssertNoErrors();
        var rainbow = ids.Data<string>("coalition.id");
        var beta = ids.Data<string>("organisation.id");
        await AssertMatches(provider, $"{{ coalitions: {{ some: {{ id: {{ eq: \"{rainbow}\" }} }} }} }}", "Alpha Legal Aid", "Gamma Media Centre");
        await AssertMatches(provider, $"{{ id: {{ nin: [\"{beta}\"] }}, coalitions: {{ any: true }} }}", "Alpha Legal Aid", "Gamma Media Centre");
        var foreign = await app.QueryAsync($"{{ organisations(where: {{ coalitions: {{ some: {{ id: {{ eq: \"{beta}\" }} }} }} }}) {{ totalCount }} }}");
        Assert.Equal(["INVALID_ID"], foreign.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Bad_filter_and_order_input_gets_a_coded_error(DatabaseProvider provider)
    {
        var app = await App(provider);
        Assert.Equal(["INVALID_ARGUMENT"], (await app.QueryAsync("{ organisations(order: [{ name: ASC, foundedYear: DESC }]) { nodes { name } } }")).ErrorCodes);
        Assert.Equal(["INVALID_ARGUMENT"], (await app.QueryAsync("{ organisations(first: 1, last: 1) { nodes { name } } }")).ErrorCodes);
        var cursor = (await app.QueryAsync("{ organisations(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }")).AssertNoErrors()
            .Data<string>("organisations.pageInfo.endCursor");
        Assert.Equal(["INVALID_CURSOR"], (await app.QueryAsync(
            "query ($cursor: String) { organisations(after: $cursor, order: [{ foundedYear: ASC }]) { nodes { name } } }", new { cursor })).ErrorCodes);
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], (await app.QueryAsync("{ organisations(where: { kind: { gt: MEDIA } }) { nodes { name } } }")).ErrorCodes);
    }
}
