using System.Net;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Limits;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// Outside Development, callers without an API key cannot see the schema: no introspection, no printed schema and no
/// "Did you mean" suggestions; callers with a key can. In Development everyone can.
/// </summary>
public sealed class SchemaVisibilityTests(ProductionApps production, DevelopmentApps development)
    : IClassFixture<ProductionApps>, IClassFixture<DevelopmentApps>
{
    /// <summary>A misspelt field, argument and type: each would otherwise come with a suggestion.</summary>
    private const string Misspelt = "{ organisatons(first: 1) { totalCount } organisations(frist: 1) { nodes { ...F } } } fragment F on Organisaton { name }";

    private static string Messages(Exchange answer) =>
        string.Join("\n", answer.Json!["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Organisation\") { fields { name } } }")]
    [InlineData("query { ...Q } fragment Q on Query { __schema { types { name } } }")]
    public async Task Without_a_key_introspection_is_refused(string query)
    {
        var answer = await Exchange.SendAsync(production.App, Exchange.Post(query));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("INTROSPECTION_DISABLED", answer.Code);
        Assert.Null(answer.Json!["data"]);
    }

    [Fact]
    public async Task Without_a_key_typename_still_answers()
    {
        var answer = await Exchange.SendAsync(production.App, Exchange.Post("{ __typename }"));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.Json!["data"]!["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.Curator)]
    public async Task With_a_key_the_introspection_query_of_graphiql_runs(Role role)
    {
        using var client = await production.App.KeyClientAsync(role);
        var answer = await Exchange.SendAsync(client, Exchange.Post(IntrospectionQuery.Text));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(answer.Json!["data"]!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Organisation");
    }

    [Fact]
    public async Task A_document_a_curator_introspected_with_is_still_refused_without_a_key()
    {
        const string query = "{ __schema { mutationType { name } } }";
        using var curator = await production.App.KeyClientAsync(Role.Curator);
        Assert.Equal(HttpStatusCode.OK, (await Exchange.SendAsync(curator, Exchange.Post(query))).Status);
        var anonymous = await Exchange.SendAsync(production.App, Exchange.Post(query));
        Assert.Equal(("INTROSPECTION_DISABLED", null), (anonymous.Code, anonymous.Json!["data"]));
    }

    [Fact]
    public async Task Without_a_key_validation_errors_suggest_no_names()
    {
        var answer = await Exchange.SendAsync(production.App, Exchange.Post(Misspelt));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE", "KNOWN_ARGUMENT_NAMES", "KNOWN_TYPE_NAMES"],
            answer.Json!["errors"]!.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).Order());
        Assert.Equal(
            ["Cannot query field 'organisatons' on type 'Query'.", "Unknown argument 'frist' on field 'organisations' of type 'Query'.", "Unknown type Organisaton."],
            Messages(answer).Split('\n').Order());
    }

    [Fact]
    public async Task With_a_key_validation_errors_suggest_names()
    {
        using var curator = await production.App.CuratorClientAsync();
        var answer = await Exchange.SendAsync(curator, Exchange.Post(Misspelt));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var messages = Messages(answer);
        Assert.Contains("Did you mean 'organisations'", messages);
        Assert.Contains("Did you mean 'first'", messages);
        Assert.Contains("Did you mean 'Organisation'", messages);
    }

    [Fact]
    public async Task The_printed_schema_is_refused_without_a_key_and_served_with_one()
    {
        var refused = await Exchange.SendAsync(production.App, Exchange.Get("/graphql/schema.graphql"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("INTROSPECTION_DISABLED", refused.Code);

        using var curator = await production.App.CuratorClientAsync();
        var served = await Exchange.SendAsync(curator, Exchange.Get("/graphql/schema.graphql"));
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Contains("type Organisation implements Node", served.Body);
    }

    [Fact]
    public async Task The_printed_schema_refuses_a_bad_key_as_the_endpoint_does()
    {
        var answer = await Exchange.SendAsync(production.App, Exchange.Get("/graphql/schema.graphql", ("Authorization", "Bearer garbage")));
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.Code);
    }

    [Fact]
    public async Task In_development_callers_without_a_key_see_the_schema()
    {
        var introspection = await Exchange.SendAsync(development.App, Exchange.Post("{ __schema { queryType { name } } }"));
        Assert.Equal(HttpStatusCode.OK, introspection.Status);
        var misspelt = await Exchange.SendAsync(development.App, Exchange.Post(Misspelt));
        Assert.Contains("Did you mean 'organisations'", Messages(misspelt));
        Assert.Equal(HttpStatusCode.OK, (await Exchange.SendAsync(development.App, Exchange.Get("/graphql/schema.graphql"))).Status);
    }
}
