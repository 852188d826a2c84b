using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Content;

public sealed class CampaignBodyHtmlTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite, app => app.SeedAsync(db =>
    {
        var campaign = Campaign("Free the Tbilisi Five", "# Free them\n\n[Sign](https://example.org/sign) <script>alert(1)</script>");
        db.Add(campaign);
        db.Add(new LocalizedText { OwnerId = campaign.Id, Field = "body", Locale = "nl", Text = "# Laat ze vrij\n\n[Teken](javascript:alert(1))" });
    }));

    private const string English =
        "<h1>Free them</h1>\n<p><a href=\"https://example.org/sign\" rel=\"nofollow noopener noreferrer\">Sign</a> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n";

    [Fact]
    public async Task BodyHtml_renders_the_localized_markdown_as_sanitised_html()
    {
        var response = (await (await App()).QueryAsync(
            "{ campaign(slug: \"free-the-tbilisi-five\") { en: bodyHtml nl: bodyHtml(locale: \"nl\") } }")).AssertNoErrors();
        Assert.Equal(English, response.Data<string>("campaign.en"));
        Assert.Equal("<h1>Laat ze vrij</h1>\n<p>Teken</p>\n", response.Data<string>("campaign.nl"));
    }

    [Fact]
    public async Task A_list_query_reads_the_body_column_for_bodyHtml()
    {
        var response = await (await App()).QueryAsync("{ campaigns(first: 1) { nodes { bodyHtml } } }");
        Assert.Equal(English, response.AssertNoErrors().Data<string>("campaigns.nodes[0].bodyHtml"));
    }
}
