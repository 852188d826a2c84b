using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Tests.Transport;

public sealed class DocumentSizeTests
{
    private static readonly GraphQLOptions Limits = new() { MaxTokens = 50, MaxFragments = 2, MaxFragmentSpreads = 3 };

    private static DocumentSize Measure(string query) => DocumentSize.Measure(query, Limits.MaxTokens);

    /// <summary><c>{ a a … }</c> of exactly <paramref name="tokens"/> tokens, the braces included.</summary>
    private static string OfTokens(int tokens) => "{ " + string.Join(' ', Enumerable.Repeat("a", tokens - 2)) + " }";

    private static void AssertRefused(string code, string message, DocumentSize size)
    {
        var refusal = size.Refusal(Limits);
        Assert.NotNull(refusal);
        Assert.Equal(code, refusal.Code);
        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Names_punctuation_and_values_are_tokens()
    {
        Assert.Equal(new DocumentSize(11, 0, 0), Measure("""{ a(x: 1, y: "two") }"""));
    }

    [Fact]
    public void Counting_stops_one_token_past_the_limit()
    {
        Assert.Equal(new DocumentSize(50, 0, 0), Measure(OfTokens(50)));
        Assert.Equal(new DocumentSize(51, 0, 0), Measure(OfTokens(51)));
        Assert.Equal(new DocumentSize(51, 0, 0), Measure(OfTokens(5000)));
    }

    [Fact]
    public void A_document_at_the_limits_is_not_refused()
    {
        var size = Measure("{ ...A ...B ...A } fragment A on Query { a } fragment B on Query { b }");
        Assert.Equal(new DocumentSize(22, 2, 3), size);
        Assert.Null(size.Refusal(Limits));
        Assert.Null(Measure(OfTokens(50)).Refusal(Limits));
    }

    [Fact]
    public void One_token_more_than_the_limit_is_refused()
    {
        AssertRefused("TOO_MANY_TOKENS", "The document has more than 50 tokens.", Measure(OfTokens(51)));
    }

    [Fact]
    public void Fragment_definitions_are_counted_and_one_more_than_the_limit_is_refused()
    {
        var size = Measure("{ a } fragment A on Query { a } fragment B on Query { a } fragment C on Query { a }");
        Assert.Equal(3, size.Fragments);
        AssertRefused("TOO_MANY_FRAGMENTS", "The document defines 3 fragments; at most 2 are allowed.", size);
    }

    [Fact]
    public void Named_spreads_are_counted_where_they_are_written_and_one_more_than_the_limit_is_refused()
    {
        var size = Measure("{ ...A b { ...A ...A } ...A } fragment A on Query { a }");
        Assert.Equal(new DocumentSize(20, 1, 4), size);
        AssertRefused("TOO_MANY_FRAGMENT_SPREADS", "The document spreads fragments 4 times; at most 3 are allowed.", size);
    }

    [Fact]
    public void Inline_fragments_are_not_spreads_of_a_named_fragment()
    {
        Assert.Equal(new DocumentSize(23, 0, 0), Measure("{ ... on Query { a } ... @include(if: true) { b } ... { c } }"));
    }

    [Fact]
    public void Fields_arguments_and_aliases_named_fragment_are_not_fragment_definitions()
    {
        Assert.Equal(0, Measure("{ fragment: a fragment(fragment: 1) { fragment } }").Fragments);
    }

    [Fact]
    public void The_token_limit_is_checked_before_the_fragment_limits()
    {
        var size = Measure(string.Concat(Enumerable.Repeat("fragment A on Query { ...B } ", 10)));
        Assert.Equal(new DocumentSize(51, 7, 6), size);
        AssertRefused("TOO_MANY_TOKENS", "The document has more than 50 tokens.", size);
    }

    [Theory]
    [InlineData("""{ a "unterminated }""", 2)]
    [InlineData("{ a ~ b }", 2)]
    [InlineData("~", 0)]
    public void A_text_the_lexer_cannot_read_is_measured_as_far_as_it_goes_and_left_to_the_parser(string query, int tokens)
    {
        var size = Measure(query);
        Assert.Equal(new DocumentSize(tokens, 0, 0), size);
        Assert.Null(size.Refusal(Limits));
    }

    [Fact]
    public void Strings_and_comments_hide_no_spreads_or_fragments()
    {
        Assert.Equal(new DocumentSize(8, 0, 0), Measure("""
            { a(text: "...A fragment B on Query") }
            # ...C fragment D on Query
            """));
    }

    [Fact]
    public void Comments_are_not_tokens_and_do_not_break_a_spread()
    {
        var comments = string.Concat(Enumerable.Repeat("# a comment\n", 100));
        Assert.Equal(new DocumentSize(4, 0, 1), Measure($"{{ {comments} ... {comments} A {comments} }}"));
    }
}
