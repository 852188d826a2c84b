using System.Net;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
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

    private static string Messages(GraphQLResponse answer) => string.Join("\n", answer.Errors.Select(e => e.Message));

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Organisation\") { fields { name } } }")]
    [InlineData("query { ...Q } fragment Q on Query { __schema { types { name } } }")]
    public async Task Without_a_key_introspection_is_refused(string query)
    {
        var answer = await production.App.QueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], answer.ErrorCodes);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Without_a_key_typename_still_answers()
    {
        var answer = await production.App.QueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.AssertNoErrors().Data<string>("__typename"));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.Curator)]
    public async Task With_a_key_the_introspection_query_of_graphiql_runs(Role role)
    {
        using var client = await production.App.KeyClientAsync(role);
        var answer = await client.QueryAsync(IntrospectionQuery.Text);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(new Named("Organisation"), answer.AssertNoErrors().Data<Named[]>("__schema.types"));
    }

    [Fact]
    public async Task A_document_a_curator_introspected_with_is_still_refused_without_a_key()
    {
        const string query = "{ __schema { mutationType { name } } }";
        using var curator = await production.App.KeyClientAsync(Role.Curator);
        Assert.Equal(HttpStatusCode.OK, (await curator.QueryAsync(query)).AssertNoErrors().Status);
        var anonymous = await production.App.QueryAsync(query);
        Assert.Equal(["INTROSPECTION_DISABLED"], anonymous.ErrorCodes);
        Assert.False(anonymous.HasData);
    }

    [Fact]
    public async Task Without_a_key_validation_errors_suggest_no_names()
    {
        var answer = await production.App.QueryAsync(Misspelt);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE", "KNOWN_ARGUMENT_NAMES", "KNOWN_TYPE_NAMES"], answer.ErrorCodes.Order());
        Assert.Equal(
            ["Cannot query field 'organisatons' on type 'Query'.", "Unknown argument 'frist' on field 'organisations' of type 'Query'.", "Unknown type Organisaton."],
            Messages(answer).Split('\n').Order());
    }

    [Fact]
    public async Task With_a_key_validation_errors_suggest_names()
    {
        using var curator = await production.App.CuratorClientAsync();
        var answer = await curator.QueryAsync(Misspelt);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var messages = Messages(answer);
        Assert.Contains("Did you mean 'organisations'", messages);
        Assert.Contains("Did you mean 'first'", messages);
        Assert.Contains("Did you mean 'Organisation'", messages);
    }

    [Fact]
    public async Task The_printed_schema_is_refused_without_a_key_and_served_with_one()
    {
        using var anonymous = production.App.AnonymousClient();
        var refused = await anonymous.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], refused.ErrorCodes);

        using var curator = await production.App.CuratorClientAsync();
        var served = await curator.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Contains("type Organisation implements Node", served.Body);
    }

    [Fact]
    public async Task The_printed_schema_refuses_a_bad_key_as_the_endpoint_does()
    {
        using var client = new GraphQLClient(production.App.CreateClient(), "garbage");
        var answer = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(["UNAUTHENTICATED"], answer.ErrorCodes);
    }

    [Fact]
    public async Task In_development_callers_without_a_key_see_the_schema()
    {
        var introspection = await development.App.QueryAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.OK, introspection.AssertNoErrors().Status);
        var misspelt = await development.App.QueryAsync(Misspelt);
        Assert.Contains("Did you mean 'organisations'", Messages(misspelt));
        using var anonymous = development.App.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/graphql/schema.graphql")).Status);
    }
}
