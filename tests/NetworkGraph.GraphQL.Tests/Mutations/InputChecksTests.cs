using NetworkGraph.GraphQL.Mutations;

namespace NetworkGraph.GraphQL.Tests.Mutations;

public sealed class InputChecksTests
{
    private const string SlugRule = "A slug is 1–120 lower-case letters a–z, digits and single hyphens, e.g. \"civic-voice-armenia\".";
    private const string UrlRule = "A web address is an absolute http or https URL of at most 500 characters.";
    private const string LocaleRule = "A locale is a BCP 47 tag such as \"en\", \"uk\" or \"sr-Latn\".";

    private readonly InputChecks checks = new();

    /// <summary>The one error the checks found: its code, message and path.</summary>
    private (string Code, string Message, string Path) Failure()
    {
        var error = Assert.Single(checks.Errors);
        Assert.True(checks.Failed);
        return (error.Code, error.Message, string.Join('.', error.Path!));
    }

    private void AssertPassed()
    {
        Assert.Empty(checks.Errors);
        Assert.False(checks.Failed);
    }

    [Fact]
    public void A_text_within_its_length_is_returned()
    {
        Assert.Equal("Civic Voice", checks.Text("name", "Civic Voice", maxLength: 11, required: true));
        AssertPassed();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_required_text_that_is_missing_or_blank_fails(string? value)
    {
        checks.Text("name", value, maxLength: 10, required: true);
        Assert.Equal(("VALIDATION", "'name' is required.", "input.name"), Failure());
    }

    [Fact]
    public void An_optional_text_may_be_missing()
    {
        Assert.Null(checks.Text("acronym", null, maxLength: 10, required: false));
        AssertPassed();
    }

    [Fact]
    public void A_text_longer_than_its_maximum_fails()
    {
        checks.Text("name", "Civic Voice", maxLength: 10, required: false);
        Assert.Equal(("VALIDATION", "'name' is longer than 10 characters.", "input.name"), Failure());
    }

    [Theory]
    [InlineData("civic-voice-armenia")]
    [InlineData("a")]
    [InlineData("2024-report")]
    public void A_slug_of_lower_case_words_and_single_hyphens_passes(string slug)
    {
        checks.Slug("slug", slug);
        AssertPassed();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Civic-Voice")]
    [InlineData("civic--voice")]
    [InlineData("-civic")]
    [InlineData("civic-")]
    [InlineData("civic voice")]
    [InlineData("civic-voice\n")]
    public void A_malformed_slug_fails(string? slug)
    {
        checks.Slug("slug", slug);
        Assert.Equal(("VALIDATION", SlugRule, "input.slug"), Failure());
    }

    [Fact]
    public void A_slug_of_120_characters_passes_and_of_121_fails()
    {
        checks.Slug("slug", new string('a', 120));
        AssertPassed();
        checks.Slug("slug", new string('a', 121));
        Assert.Equal(("VALIDATION", SlugRule, "input.slug"), Failure());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://civicvoice.am/about")]
    [InlineData("http://example.org")]
    public void A_missing_or_http_url_passes(string? url)
    {
        checks.Url("website", url);
        AssertPassed();
    }

    [Theory]
    [InlineData("civicvoice.am")]
    [InlineData("/about")]
    [InlineData("ftp://civicvoice.am")]
    [InlineData("javascript:alert(1)")]
    public void A_relative_or_non_http_url_fails(string url)
    {
        checks.Url("website", url);
        Assert.Equal(("VALIDATION", UrlRule, "input.website"), Failure());
    }

    [Fact]
    public void A_url_over_500_characters_fails()
    {
        checks.Url("website", "https://example.org/" + new string('a', 481));
        Assert.Equal(("VALIDATION", UrlRule, "input.website"), Failure());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("sr-Latn")]
    [InlineData("hy-AM")]
    public void A_missing_locale_or_a_language_tag_passes(string? locale)
    {
        checks.Locale("locale", locale);
        AssertPassed();
    }

    [Theory]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("en\n")]
    public void A_malformed_locale_fails(string locale)
    {
        checks.Locale("locale", locale);
        Assert.Equal(("VALIDATION", LocaleRule, "input.locale"), Failure());
    }

    [Fact]
    public void A_number_outside_its_range_fails()
    {
        checks.Range("founded", 1800, 1900, 2100);
        Assert.Equal(("VALIDATION", "'founded' must be between 1900 and 2100.", "input.founded"), Failure());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1900)]
    [InlineData(2100)]
    public void A_missing_number_or_one_within_its_range_passes(int? value)
    {
        checks.Range("founded", value, 1900, 2100);
        AssertPassed();
    }

    [Fact]
    public void Unknown_codes_are_named_in_the_order_given()
    {
        checks.Known("countries", ["AM", "XX", "GE", "YY"], new HashSet<string> { "AM", "GE" });
        Assert.Equal(("VALIDATION", "Unknown countries: XX, YY.", "input.countries"), Failure());
    }

    [Fact]
    public void Known_codes_pass()
    {
        checks.Known("countries", ["AM", "GE"], new HashSet<string> { "AM", "GE" });
        AssertPassed();
    }

    [Fact]
    public void Every_failure_is_kept_in_the_order_found()
    {
        checks.Text("name", null, maxLength: 10, required: true);
        checks.Slug("slug", "Bad Slug");
        checks.Fail("expectedVersion", "Give the version you read.");
        Assert.Equal(["input.name", "input.slug", "input.expectedVersion"], checks.Errors.Select(error => string.Join('.', error.Path!)));
    }
}
