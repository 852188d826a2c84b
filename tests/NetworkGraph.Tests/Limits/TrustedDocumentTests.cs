using System.Net;
using System.Security.Cryptography;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.TrustedDocuments;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Limits;

/// <summary>Trusted documents (schema/operations/*.graphql) run by their documentId, next to plain queries.</summary>
public sealed class TrustedDocumentTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static string IdOf(string file) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    internal static string IdOfOperation(string name) => IdOf(Repository.PathOf("schema", "operations", $"{name}.graphql"));

    private static IEnumerable<string> Files => Directory.GetFiles(Repository.PathOf("schema", "operations"), "*.graphql").Order();

    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite, app => app.SeedAsync(db =>
    {
        var coalition = Coalition("Trusted Coalition");
        var members = new[] { Organisation("Trusted Member A"), Organisation("Trusted Member B") };
        db.Add(coalition);
        db.AddRange(members);
        db.AddRange(members.Select(m => Member(coalition, m)));
    }));

    [Fact]
    public void Every_file_in_schema_operations_is_a_trusted_document_under_the_sha256_of_its_text()
    {
        var store = new TrustedDocumentStore(typeof(Program).Assembly);
        Assert.NotEmpty(Files);
        Assert.Equal(Files.Select(IdOf).Order(), store.Documents.Keys.Order());
        Assert.All(Files, file => Assert.Equal(File.ReadAllText(file), store.Documents[IdOf(file)]));
    }

    [Fact]
    public async Task Every_trusted_document_validates_against_the_schema_and_runs_within_the_limits()
    {
        var app = await App();
        foreach (var (id, text) in app.Services.GetRequiredService<TrustedDocumentStore>().Documents)
            foreach (var operation in GraphQLParser.Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>())
            {
                var answer = await app.SendAsync(new GraphQLRequest { DocumentId = id, OperationName = operation.Name?.StringValue, Variables = RequiredVariables(operation) });
                Assert.True(answer.Status == HttpStatusCode.OK && answer.Errors.Count == 0, $"{operation.Name}: {answer.Body}");
            }
    }

    /// <summary>A sample value for each variable the operation cannot run without.</summary>
    private static Dictionary<string, object> RequiredVariables(GraphQLOperationDefinition operation) =>
        (operation.Variables?.Items ?? []).Where(v => v.Type is GraphQLNonNullType && v.DefaultValue is null).ToDictionary(
            v => v.Variable.Name.StringValue,
            v => ((GraphQLNamedType)((GraphQLNonNullType)v.Type).Type).Name.StringValue switch
            {
                "Int" => 1,
                "Boolean" => (object)true,
                _ => "sample",
            });

    [Fact]
    public async Task A_known_document_id_runs_over_post_and_get()
    {
        var app = await App();
        var id = IdOfOperation("CoalitionMembers");
        var post = await app.SendAsync(new GraphQLRequest { DocumentId = id, Variables = new { slug = "trusted-coalition" } });
        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal(2, post.AssertNoErrors().Data<int>("coalition.members.totalCount"));
        Assert.True(post.Read<long>("extensions.cost.requested") > 0, post.Body);

        var get = await app.SendAsync(new GraphQLRequest { Method = HttpMethod.Get, DocumentId = id, Variables = new { slug = "trusted-coalition" } });
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal("Trusted Coalition", get.AssertNoErrors().Data<string>("coalition.name"));
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-an-id")]
    public async Task An_unknown_document_id_gets_400_with_its_code(string documentId)
    {
        var answer = await (await App()).SendAsync(new GraphQLRequest { DocumentId = documentId });
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(GraphQLResponse.GraphQLJson, answer.MediaType);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], answer.ErrorCodes);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_request_with_both_a_query_and_a_document_id_gets_400()
    {
        var answer = await (await App()).SendAsync(new GraphQLRequest { Query = "{ themes { code } }", DocumentId = IdOfOperation("CountryCivicSpace") });
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["INVALID_REQUEST"], answer.ErrorCodes);
    }
}
