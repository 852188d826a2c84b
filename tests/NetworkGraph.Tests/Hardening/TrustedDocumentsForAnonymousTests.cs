using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Infrastructure;
using NetworkGraph.Tests.Limits;

namespace NetworkGraph.Tests.Hardening;

public sealed class TrustedDocumentsForAnonymousApps() : AppFixture(new Dictionary<string, string> { ["GraphQL:TrustedDocumentsOnlyForAnonymous"] = "true" });

/// <summary>With GraphQL:TrustedDocumentsOnlyForAnonymous, callers without a key run trusted documents only; callers with one run any query.</summary>
public sealed class TrustedDocumentsForAnonymousTests(TrustedDocumentsForAnonymousApps apps, AppFixture defaults)
    : IClassFixture<TrustedDocumentsForAnonymousApps>, IClassFixture<AppFixture>
{
    private const string Query = "{ country(code: \"UA\") { name } }";

    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Without_a_key_a_query_is_refused_over_post_and_get()
    {
        var app = await App();
        var post = await app.QueryAsync(Query);
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], post.ErrorCodes);
        Assert.False(post.HasData);

        var get = await app.SendAsync(new GraphQLRequest { Method = HttpMethod.Get, Query = Query });
        Assert.Equal(HttpStatusCode.BadRequest, get.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], get.ErrorCodes);
    }

    [Fact]
    public async Task Without_a_key_a_trusted_document_runs()
    {
        var id = TrustedDocumentTests.IdOfOperation("CountryCivicSpace");
        var answer = await (await App()).SendAsync(new GraphQLRequest { DocumentId = id, Variables = new { code = "UA" } });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Ukraine", answer.AssertNoErrors().Data<string>("country.name"));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.Curator)]
    public async Task With_a_key_a_query_runs(Role role)
    {
        using var client = await (await App()).KeyClientAsync(role);
        var answer = await client.QueryAsync(Query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Ukraine", answer.AssertNoErrors().Data<string>("country.name"));
    }

    [Fact]
    public async Task Switched_off_by_default_a_query_without_a_key_runs()
    {
        var answer = await (await defaults.For(DatabaseProvider.Sqlite)).QueryAsync(Query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Ukraine", answer.AssertNoErrors().Data<string>("country.name"));
    }
}
