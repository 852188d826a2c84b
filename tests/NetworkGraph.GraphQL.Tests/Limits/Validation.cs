using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Limits;

namespace NetworkGraph.GraphQL.Tests.Limits;

/// <summary>What validation with the core rules and <see cref="OperationLimitsRule"/> said of a document.</summary>
public sealed record Verdict(IReadOnlyList<(string? Code, string Message)> Errors, long? Cost);

/// <summary>Validates documents against a small schema of paged and unpaged lists, as the endpoint does before executing.</summary>
public static class Validation
{
    private const string Sdl = """
        type Query {
          organisations(first: Int, last: Int, after: String, before: String): OrganisationConnection!
          organisation(id: ID!): Organisation
          nodes(ids: [ID!]!): [Organisation]!
          countries: [Country!]!
          search(text: String!): [Organisation!]!
        }
        type OrganisationConnection { edges: [OrganisationEdge!]! nodes: [Organisation!]! totalCount: Int! }
        type OrganisationEdge { cursor: String! node: Organisation! }
        type Organisation {
          name: String!
          country: Country
          coalitions(first: Int, last: Int): CoalitionConnection!
          partners(first: Int): [Organisation!]!
        }
        type CoalitionConnection { nodes: [Coalition!]! }
        type Coalition { name: String! members: [Organisation!]! }
        type Country { name: String! }
        """;

    private static readonly ISchema Schema = Build();

    private static ISchema Build()
    {
        var schema = global::GraphQL.Types.Schema.For(Sdl);
        schema.Query.GetField("search")!.WithCost(50);
        schema.Initialize();
        return schema;
    }

    public static async Task<Verdict> ValidateAsync(string query, GraphQLOptions limits, Inputs? variables = null)
    {
        var document = Parser.Parse(query);
        var userContext = new Dictionary<string, object?>();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [.. DocumentValidator.CoreRules, new OperationLimitsRule(Options.Create(limits))],
            Variables = variables ?? Inputs.Empty,
            UserContext = userContext,
        });
        // The rule records the cost of an operation it lets through for the response's extensions.
        var cost = userContext.Values.OfType<IDictionary<string, object?>>().SingleOrDefault()?["requested"] as long?;
        return new Verdict([.. result.Errors.Select(error => (error.Code, error.Message))], cost);
    }
}
