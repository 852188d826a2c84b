using NetworkGraph.Data;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.QueryPower;

public sealed class SearchTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
    {
        var kharkiv = Organisation("Kharkiv Human Rights Group", country: "UA");
        kharkiv.Description = "Documents torture and supports survivors in Kharkiv.";
        var lviv = Organisation("Lviv Legal Aid", country: "UA");
        lviv.Description = "Free legal aid; also trains lawyers from Kharkiv on torture cases and on many other matters of criminal procedure, family and housing law.";
        var monitors = Organisation("Anti-Torture Monitoring Network", country: "GE");
        monitors.Description = "Monitors torture in detention and publishes torture reports.";
        var hidden = Organisation("Kharkiv Hidden Shelter", status: ContentStatus.Draft, country: "UA");
        var partnersOnly = Organisation("Kharkiv Partners Network", visibility: Visibility.Partners, country: "UA");
        var coalition = Coalition("Coalition Against Torture");
        var visibleDefender = Defender("Oksana Kharkivska", RiskLevel.Elevated);
        var atRisk = Defender("Kharkiv Night Witness", RiskLevel.High);
        var noConsent = Defender("Kharkiv Quiet Voice", consent: false);
        db.AddRange(kharkiv, lviv, monitors, hidden, partnersOnly, coalition, visibleDefender, atRisk, noConsent);
        db.Add(new LocalizedText { OwnerId = kharkiv.Id, Field = "description", Locale = "uk", Text = "Документує катування та підтримує постраждалих у Харкові." });
        db.Add(new LocalizedText { OwnerId = coalition.Id, Field = "purpose", Locale = "ka", Text = "წამების წინააღმდეგ ბრძოლა" });
        db.Add(new LocalizedText { OwnerId = hidden.Id, Field = "description", Locale = "uk", Text = "Притулок у Харкові." });
    }));

    private static async Task<(List<string> Names, int Total)> Search(NetworkGraphApp app, string text, string types = "")
    {
        var response = await app.QueryAsync($$"""
            query ($text: String!) {
              search(text: $text{{types}}) {
                totalCount
                nodes { __typename ... on Organisation { name } ... on Defender { name: alias } ... on Coalition { name } }
              }
            }
            """, new { text });
        var found = response.AssertNoErrors().Data<Connection<Named>>("search");
        return ([.. found.Nodes.Select(n => n.Name)], found.TotalCount!.Value);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Hidden_records_are_never_found_nor_counted(DatabaseProvider provider)
    {
        var (names, total) = await Search(await App(provider), "kharkiv");
        Assert.Equal(["Kharkiv Human Rights Group", "Lviv Legal Aid", "Oksana Kharkivska"], names.Order());
        Assert.Equal(3, total);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_text_that_is_more_about_the_words_ranks_higher(DatabaseProvider provider)
    {
        var (names, _) = await Search(await App(provider), "torture");
        Assert.True(names.IndexOf("Anti-Torture Monitoring Network") < names.IndexOf("Lviv Legal Aid"), string.Join(", ", names));
        Assert.Contains("Coalition Against Torture", names);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Every_word_must_match_as_a_prefix_in_any_case(DatabaseProvider provider)
    {
        var app = await App(provider);
        Assert.Equal(["Lviv Legal Aid"], (await Search(app, "LEGAL kharK")).Names);
        Assert.Equal(["Kharkiv Human Rights Group"], (await Search(app, "tortur survivors")).Names);
        Assert.Equal(["Anti-Torture Monitoring Network"], (await Search(app, "anti torture monitor")).Names);
        Assert.Empty((await Search(app, "shelter")).Names);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Translations_in_every_locale_and_script_are_searched(DatabaseProvider provider)
    {
        var app = await App(provider);
        Assert.Equal(["Kharkiv Human Rights Group"], (await Search(app, "харкові")).Names);
        Assert.Equal(["Coalition Against Torture"], (await Search(app, "წამების")).Names);
        Assert.Empty((await Search(app, "притулок")).Names);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Results_can_be_limited_to_types_and_paged(DatabaseProvider provider)
    {
        var app = await App(provider);
        Assert.Equal(["Oksana Kharkivska"], (await Search(app, "kharkiv", ", types: [DEFENDER]")).Names);
        var first = (await app.QueryAsync("{ search(text: \"kharkiv\", first: 2) { pageInfo { hasNextPage endCursor } nodes { __typename } } }"))
            .AssertNoErrors().Data<Connection<object>>("search");
        Assert.True(first.PageInfo!.HasNextPage);
        var rest = (await app.QueryAsync("query ($after: String) { search(text: \"kharkiv\", first: 2, after: $after) { pageInfo { hasNextPage } nodes { __typename } } }",
            new { after = first.PageInfo.EndCursor })).AssertNoErrors().Data<Connection<object>>("search");
        Assert.Single(rest.Nodes);
        Assert.False(rest.PageInfo!.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_text_without_words_is_a_coded_error(DatabaseProvider provider)
    {
        var response = await (await App(provider)).QueryAsync("{ search(text: \" *\\\"' \") { totalCount } }");
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }
}
