using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.ReadApi;

public sealed class LocalizationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite, app => app.SeedAsync(db =>
    {
        var organisation = Organisation("Civic Voice");
        organisation.Description = "Defends civic space.";
        db.Add(organisation);
        db.Add(new LocalizedText { OwnerId = organisation.Id, Field = "description", Locale = "nl", Text = "Verdedigt de maatschappelijke ruimte." });
        db.Add(new LocalizedText { OwnerId = organisation.Id, Field = "description", Locale = "uk", Text = "Захищає громадянський простір." });
    }));

    [Theory]
    [InlineData("nl", "Verdedigt de maatschappelijke ruimte.")]
    [InlineData("nl-BE", "Verdedigt de maatschappelijke ruimte.")]
    [InlineData("UK", "Захищає громадянський простір.")]
    [InlineData("fr", "Defends civic space.")]
    [InlineData("en", "Defends civic space.")]
    public async Task A_locale_argument_picks_the_translation_then_its_language_then_the_default(string locale, string expected)
    {
        var response = await (await App()).QueryAsync("query ($locale: String) { organisation(slug: \"civic-voice\") { description(locale: $locale) } }", new { locale });
        Assert.Equal(expected, response.AssertNoErrors().Data<string>("organisation.description"));
    }

    [Theory]
    [InlineData("fr-FR, uk;q=0.8, nl;q=0.5", "Захищає громадянський простір.")]
    [InlineData("de", "Defends civic space.")]
    public async Task Without_a_locale_argument_accept_language_decides(string acceptLanguage, string expected)
    {
        using var client = (await App()).AnonymousClient();
        var response = await client.SendAsync(new GraphQLRequest
        {
            Query = "{ organisation(slug: \"civic-voice\") { description } }", Headers = [("Accept-Language", acceptLanguage)],
        });
        Assert.Equal(expected, response.AssertNoErrors().Data<string>("organisation.description"));
    }
}
