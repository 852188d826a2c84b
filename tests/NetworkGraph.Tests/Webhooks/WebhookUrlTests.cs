using NetworkGraph.Api.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("https://partner.example/hooks")]
    [InlineData("http://partner.example:8080/hooks?source=networkgraph")]
    [InlineData("https://93.184.215.14/hooks")]
    [InlineData("https://[2a00:1450:4001:82b::200e]/hooks")]
    [InlineData("https://rebinds-to-loopback.example/hooks")] // names are checked when each attempt connects
    public void A_public_http_or_https_url_is_accepted(string url) => Assert.Null(WebhookUrls.Check(url, allowPrivateTargets: false));

    [Theory]
    [InlineData("/hooks", WebhookUrlProblem.NotAbsolute)]
    [InlineData("partner.example/hooks", WebhookUrlProblem.NotAbsolute)]
    [InlineData("ftp://partner.example/hooks", WebhookUrlProblem.UnsupportedScheme)]
    [InlineData("file:///etc/passwd", WebhookUrlProblem.UnsupportedScheme)]
    [InlineData("https://user:secret@partner.example/hooks", WebhookUrlProblem.HasCredentials)]
    [InlineData("https://token@partner.example/hooks", WebhookUrlProblem.HasCredentials)]
    [InlineData("http://localhost:5000/hooks", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://127.0.0.1/hooks", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://[::1]/hooks", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://10.1.2.3/hooks", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://169.254.169.254/latest/meta-data/", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://[::ffff:127.0.0.1]/hooks", WebhookUrlProblem.NotPublicTarget)]
    [InlineData("http://[fd00::1]/hooks", WebhookUrlProblem.NotPublicTarget)]
    public void A_url_that_cannot_be_a_target_is_refused_with_its_reason(string url, WebhookUrlProblem problem) =>
        Assert.Equal(problem, WebhookUrls.Check(url, allowPrivateTargets: false)?.Problem);

    [Fact]
    public void A_url_longer_than_2000_characters_is_refused()
    {
        var longest = "https://partner.example/" + new string('a', WebhookUrls.MaxLength - "https://partner.example/".Length);

        Assert.Null(WebhookUrls.Check(longest, allowPrivateTargets: false));
        Assert.Equal(new WebhookUrlRefusal(WebhookUrlProblem.TooLong, "A webhook URL is at most 2000 characters long."),
            WebhookUrls.Check(longest + "a", allowPrivateTargets: false));
    }

    [Fact]
    public void Refusals_name_what_is_wrong()
    {
        Assert.Equal("A webhook cannot target 169.254.169.254, which is not a public address (link-local).",
            WebhookUrls.Check("http://169.254.169.254/", allowPrivateTargets: false)?.Message);
        Assert.Equal("A webhook cannot target localhost, which is not a public address (loopback).",
            WebhookUrls.Check("http://localhost/", allowPrivateTargets: false)?.Message);
        Assert.Equal("A webhook URL starts with https:// or http://.",
            WebhookUrls.Check("ftp://partner.example/", allowPrivateTargets: false)?.Message);
    }

    [Theory]
    [InlineData("http://localhost:5000/hooks")]
    [InlineData("http://10.1.2.3/hooks")]
    [InlineData("http://[fd00::1]/hooks")]
    public void Private_targets_are_accepted_when_allowed(string url) => Assert.Null(WebhookUrls.Check(url, allowPrivateTargets: true));

    [Fact]
    public void Credentials_are_refused_even_when_private_targets_are_allowed() =>
        Assert.Equal(WebhookUrlProblem.HasCredentials, WebhookUrls.Check("http://user:pw@localhost/", allowPrivateTargets: true)?.Problem);
}
