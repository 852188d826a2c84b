using System.Net;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

/// <summary>
/// Documents too big to validate cheaply are refused before they are parsed or validated: more tokens than
/// GraphQL:MaxTokens (2,000), fragment definitions than GraphQL:MaxFragments (100) or named spreads than
/// GraphQL:MaxFragmentSpreads (250). Validation compares every pair of fragments spread in a selection, so without
/// these limits 2,000 fragments of one field each kept a core busy for most of a minute.
/// </summary>
public sealed class DocumentSizeTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite);

    /// <summary><c>query { ...F0 ...F1 … }</c> and a definition <c>fragment Fi on Query { __typename }</c> for each spread.</summary>
    private static string SpreadOnce(int fragments, string prefix = "F") =>
        "query { " + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"...{prefix}{i}")) + " } "
        + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"fragment {prefix}{i} on Query {{ __typename }}"));

    /// <summary><c>{ __typename __typename … }</c> of exactly <paramref name="tokens"/> tokens, the braces included.</summary>
    private static string OfTokens(int tokens) => "{ " + string.Join(' ', Enumerable.Repeat("__typename", tokens - 2)) + " }";

    [Fact]
    public async Task Two_thousand_fragments_spread_once_each_are_refused_before_validation()
    {
        var answer = await (await App()).QueryAsync(SpreadOnce(2000));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["TOO_MANY_TOKENS"], answer.ErrorCodes);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_refused_document_answers_200_without_data_to_a_client_that_accepts_only_json()
    {
        var answer = await (await App()).AnonymousClient().SendAsync(new GraphQLRequest { Query = SpreadOnce(2000), Accept = "application/json" });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["TOO_MANY_TOKENS"], answer.ErrorCodes);
        Assert.DoesNotContain("\"data\"", answer.Body);
    }

    [Fact]
    public async Task A_document_at_the_token_limit_runs_and_one_token_more_is_refused()
    {
        var app = await App();
        var atLimit = await app.QueryAsync(OfTokens(2000));
        Assert.Equal(HttpStatusCode.OK, atLimit.Status);
        Assert.Equal("Query", atLimit.Data<string>("__typename"));

        var overLimit = await app.QueryAsync(OfTokens(2001));
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.Status);
        Assert.Equal(["TOO_MANY_TOKENS"], overLimit.ErrorCodes);
    }

    [Fact]
    public async Task A_hundred_fragments_spread_once_each_still_run()
    {
        var answer = await (await App()).QueryAsync(SpreadOnce(100));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.ErrorCodes);
        Assert.Equal("Query", answer.Data<string>("__typename"));
    }

    [Fact]
    public async Task One_fragment_more_than_the_limit_is_refused()
    {
        var answer = await (await App()).QueryAsync(SpreadOnce(101));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["TOO_MANY_FRAGMENTS"], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_fragment_spread_more_often_than_the_limit_is_refused()
    {
        static string Spreads(int count) => "query { " + string.Join(' ', Enumerable.Repeat("...F", count)) + " } fragment F on Query { __typename }";
        var app = await App();
        Assert.Equal(HttpStatusCode.OK, (await app.QueryAsync(Spreads(250))).Status);

        var answer = await app.QueryAsync(Spreads(251));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["TOO_MANY_FRAGMENT_SPREADS"], answer.ErrorCodes);
    }

    [Fact]
    public async Task Inline_fragments_and_fields_named_fragment_are_not_counted_as_fragments()
    {
        // A hundred definitions, the most allowed, beside an alias and inline fragments that read like more.
        var query = SpreadOnce(100).Replace("query { ", "query { fragment: __typename ... on Query { __typename } ... @include(if: true) { __typename } ");
        var answer = await (await App()).QueryAsync(query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.ErrorCodes);
        Assert.Equal("Query", answer.Data<string>("fragment"));
    }
}
