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
        var post = await Answer.PostAsync(app, new { query = "{ themes { code } }" });
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", post.Code);
        Assert.Null(post.Body["data"]);

        var get = await Answer.GetAsync(app, $"query={Uri.EscapeDataString("{ themes { code } }")}");
        Assert.Equal(HttpStatusCode.BadRequest, get.Status);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", get.Code);
    }

    [Fact]
    public async Task A_trusted_document_runs()
    {
        var id = TrustedDocumentTests.IdOfOperation("CountryCivicSpace");
        var answer = await Answer.PostAsync(await apps.For(DatabaseProvider.Sqlite), new { documentId = id, variables = new { code = "UA" } });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Ukraine", answer.Body["data"]!["country"]!["name"]!.GetValue<string>());
    }
}
