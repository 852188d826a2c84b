using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using NetworkGraph.GraphQL.DataLoading;

namespace NetworkGraph.GraphQL.Tests.DataLoading;

/// <summary>Resolvers of one level of a real GraphQL.NET execution ask a <see cref="RequestLoaders"/> for their records.</summary>
public sealed class LevelBatchingTests
{
    private sealed record Organisation(string Name, string CountryCode);

    private sealed record Country(string Code);

    private static readonly Organisation[] Organisations =
        [new("Civic Voice", "AM"), new("Open Door", "GE"), new("Green Valley", "AM"), new("Free Press", "MD")];

    /// <summary>The request's loaders and what they fetched, handed to the resolvers as the user context.</summary>
    private sealed class Request : Dictionary<string, object?>
    {
        public RequestLoaders Loaders { get; } = new();
        public Fetches<string> CountryFetches { get; } = new();
        public Fetches<string> OrganisationFetches { get; } = new();
    }

    private sealed class CountryType : ObjectGraphType<Country>
    {
        public CountryType()
        {
            Name = "Country";
            Field<NonNullGraphType<StringGraphType>>("code").Resolve(context => context.Source.Code);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations").Resolve(context =>
            {
                var request = (Request)context.UserContext;
                return request.Loaders.Many("organisationsByCountry", context.Source.Code, (codes, _) => request.OrganisationFetches.Record(codes,
                    asked => Organisations.Where(o => asked.Contains(o.CountryCode)).Select(o => new Keyed<string, Organisation>(o.CountryCode, o)).ToList()));
            });
        }
    }

    private sealed class OrganisationType : ObjectGraphType<Organisation>
    {
        public OrganisationType()
        {
            Name = "Organisation";
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
            Field<CountryType>("country").Resolve(context =>
            {
                var request = (Request)context.UserContext;
                return request.Loaders.One("countries", context.Source.CountryCode,
                    (codes, _) => request.CountryFetches.Record(codes, asked => asked.Select(code => new Country(code)).ToList()), country => country.Code);
            });
        }
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations").Resolve(_ => Organisations);
        }
    }

    private static readonly ISchema Schema = new global::GraphQL.Types.Schema { Query = new QueryType() };

    private static async Task<(object? Data, Request Request)> ExecuteAsync(string query)
    {
        var request = new Request();
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = Schema, Query = query, UserContext = request });
        Assert.Null(result.Errors);
        return (((ExecutionNode)result.Data!).ToValue(), request);
    }

    private static object? Member(object? data, string name) => ((IDictionary<string, object?>)data!)[name];

    [Fact]
    public async Task The_countries_of_a_list_of_organisations_are_fetched_in_one_call()
    {
        var (data, request) = await ExecuteAsync("{ organisations { name country { code } } }");
        Assert.Equal([["AM", "GE", "MD"]], request.CountryFetches.Calls);
        var organisations = (IEnumerable<object?>)Member(data, "organisations")!;
        Assert.Equal(["AM", "GE", "AM", "MD"], organisations.Select(organisation => Member(Member(organisation, "country"), "code")));
    }

    [Fact]
    public async Task Each_level_of_nested_lists_is_fetched_in_one_call()
    {
        var (_, request) = await ExecuteAsync("{ organisations { country { organisations { country { code } } } } }");
        Assert.Equal([["AM", "GE", "MD"]], request.CountryFetches.Calls);
        Assert.Equal([["AM", "GE", "MD"]], request.OrganisationFetches.Calls);
    }
}
