using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.Schema;
using NetworkGraph.GraphQL.Filtering;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// Translating a <c>where</c> input (as GraphQL.NET hands it over: nested dictionaries and lists) into the
/// expression tree EF Core turns into SQL: the filter of the benchmark's Q3, and the larger one of the README.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class FilterBenchmarks
{
    private NetworkGraphDbContext db = null!;
    private FilterScope scope = null!;
    private readonly OrganisationFilter filter = Declarations.Of<OrganisationFilter>();

    private static readonly Dictionary<string, object?> CountryAndTheme = new()
    {
        ["headquartersCountry"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = "UA" } },
        ["themes"] = new Dictionary<string, object?>
        {
            ["some"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = "lgbtqi-rights" } },
        },
    };

    private static readonly Dictionary<string, object?> ReadmeExample = new()
    {
        ["themes"] = new Dictionary<string, object?>
        {
            ["some"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = "lgbtqi-rights" } },
        },
        ["headquartersCountry"] = new Dictionary<string, object?>
        {
            ["institutions"] = new Dictionary<string, object?>
            {
                ["some"] = new Dictionary<string, object?> { ["institution"] = new Dictionary<string, object?> { ["eq"] = "WB" } },
            },
        },
        ["or"] = new List<object?>
        {
            new Dictionary<string, object?> { ["kind"] = new Dictionary<string, object?> { ["eq"] = OrganisationKind.Grassroots } },
            new Dictionary<string, object?> { ["foundedYear"] = new Dictionary<string, object?> { ["gte"] = 2015 } },
        },
    };

    [GlobalSetup]
    public void Setup()
    {
        var options = new DbContextOptionsBuilder<NetworkGraphDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.PostgreSQL, "Host=127.0.0.1;Database=networkgraph_bench_never_opened");
        db = new NetworkGraphDbContext(options.Options);
        scope = new FilterScope(new AccessRules(new CurrentViewer()), db);
    }

    [GlobalCleanup]
    public void Cleanup() => db.Dispose();

    [Benchmark(Description = "where: country and theme (Q3)")]
    public Expression<Func<Organisation, bool>> CountryAndThemeFilter() => filter.Predicate(CountryAndTheme, scope);

    [Benchmark(Description = "where: README example (some, nested some, or)")]
    public Expression<Func<Organisation, bool>> ReadmeExampleFilter() => filter.Predicate(ReadmeExample, scope);
}
