using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

public sealed class TrustedDocumentsOnlyApps() : AppFixture(new Dictionary<string, string> { ["GraphQL:TrustedDocumentsOnly"] = "true" });

/// <summary>With GraphQL:TrustedDocumentsOnly, callers run trusted documents and nothing else.</summary>
public sealed class TrustedDocumentsOnlyTests(TrustedDocumentsOnlyApps apps) : IClassFixture<TrustedDocumentsOnlyApps>
{
    [Fact]
    public async Task A_plain_query_is_refused_over_post_and_get()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var post = await app.QueryAsync("{ themes { code } }");
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], post.ErrorCodes);
        Assert.False(post.HasData);

        var get = await app.SendAsync(new GraphQLRequest { Method = HttpMethod.Get, Query = "{ themes { code } }" });
        Assert.Equal(HttpStatusCode.BadRequest, get.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], get.ErrorCodes);
    }

    [Fact]
    public async Task A_trusted_document_runs()
    {
        var id = TrustedDocumentTests.IdOfOperation("CountryCivicSpace");
        var answer = await (await apps.For(DatabaseProvider.Sqlite)).SendAsync(new GraphQLRequest { DocumentId = id, Variables = new { code = "UA" } });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Ukraine", answer.AssertNoErrors().Data<string>("country.name"));
    }
}
