using GraphQL.DataLoader;
using NetworkGraph.GraphQL.DataLoading;

namespace NetworkGraph.GraphQL.Tests.DataLoading;

public sealed class RequestLoadersTests
{
    private sealed record Country(string Code, string Name);

    private readonly RequestLoaders loaders = new();
    private readonly Fetches<string> countryFetches = new();
    private readonly Fetches<string> memberFetches = new();

    private IDataLoaderResult<Country?> CountryOf(string code) =>
        loaders.One("countries", code, (codes, _) => countryFetches.Record(codes, Countries), country => country.Code);

    private static List<Country> Countries(IReadOnlyList<string> codes) =>
        [.. codes.Where(code => code != "XX").Select(code => new Country(code, $"Country {code}"))];

    /// <summary>The members of a coalition "C-n": n organisations, as rows keyed by their coalition.</summary>
    private IDataLoaderResult<IReadOnlyList<string>> MembersOf(string coalition) =>
        loaders.Many("members", coalition, (coalitions, _) => memberFetches.Record(coalitions, Members));

    private static List<Keyed<string, string>> Members(IReadOnlyList<string> coalitions) =>
        [.. coalitions.SelectMany(coalition => Enumerable.Range(1, int.Parse(coalition[2..]))
            .Select(i => new Keyed<string, string>(coalition, $"{coalition}/org{i}")))];

    [Fact]
    public async Task One_fetches_the_keys_of_one_name_in_one_call_and_gives_each_caller_its_record()
    {
        var am = CountryOf("AM");
        var ge = CountryOf("GE");
        var amAgain = CountryOf("AM");
        Assert.Equal(new Country("AM", "Country AM"), await am.GetResultAsync());
        Assert.Equal(new Country("GE", "Country GE"), await ge.GetResultAsync());
        Assert.Same(await am.GetResultAsync(), await amAgain.GetResultAsync());
        Assert.Equal([["AM", "GE"]], countryFetches.Calls);
    }

    [Fact]
    public async Task One_gives_null_for_a_key_the_fetch_does_not_return()
    {
        Assert.Null(await CountryOf("XX").GetResultAsync());
    }

    [Fact]
    public async Task Many_groups_the_rows_by_key_in_the_order_fetched()
    {
        var two = MembersOf("C-2");
        var three = MembersOf("C-3");
        Assert.Equal(["C-2/org1", "C-2/org2"], await two.GetResultAsync());
        Assert.Equal(["C-3/org1", "C-3/org2", "C-3/org3"], await three.GetResultAsync());
        Assert.Equal([["C-2", "C-3"]], memberFetches.Calls);
    }

    [Fact]
    public async Task Many_gives_an_empty_list_for_a_key_without_rows()
    {
        Assert.Empty(await MembersOf("C-0").GetResultAsync());
    }

    [Fact]
    public async Task Loaders_of_different_names_fetch_separately()
    {
        var country = CountryOf("AM");
        var members = MembersOf("C-1");
        await Task.WhenAll(country.GetResultAsync(), members.GetResultAsync());
        Assert.Equal([["AM"]], countryFetches.Calls);
        Assert.Equal([["C-1"]], memberFetches.Calls);
    }
}
