using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>Curators translate localized fields; readers get them by locale; translators find what is missing.</summary>
public sealed class TranslationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.AddRange(Organisation("Translated Watch", country: "UA"), Organisation("Untranslated Watch", country: "UA"), Organisation("Georgian Watch", country: "GE"))));

    private static async Task<JsonNode> Translate(HttpClient client, object input)
    {
        var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($input: TranslationInput!) { setOrganisationTranslation(input: $input) { organisation { version translations { field locale text } } errors { code path } } }",
            variables = new { input },
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["setOrganisationTranslation"]!;
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_translation_is_set_read_by_locale_replaced_and_removed(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var read = (await app.DataAsync("{ organisation(slug: \"translated-watch\") { id version translations { locale } } }"))["organisation"]!;
        Assert.Empty(read["translations"]!.AsArray());
        var id = read["id"]!.GetValue<string>();

        var set = await Translate(curator, new { id, expectedVersion = read["version"]!.GetValue<int>(), field = "description", locale = "uk", text = "Стежить за правами людини." });
        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal("uk", set["organisation"]!["translations"]![0]!["locale"]!.GetValue<string>());
        var reader = await app.DataAsync("{ organisation(slug: \"translated-watch\") { description(locale: \"uk\") translations { locale } } }");
        Assert.Equal("Стежить за правами людини.", reader["organisation"]!["description"]!.GetValue<string>());
        Assert.Empty(reader["organisation"]!["translations"]!.AsArray());

        var version = set["organisation"]!["version"]!.GetValue<int>();
        var replaced = await Translate(curator, new { id, expectedVersion = version, field = "description", locale = "uk", text = "Нова назва." });
        Assert.Equal("Нова назва.", replaced["organisation"]!["translations"]![0]!["text"]!.GetValue<string>());
        var removed = await Translate(curator, new { id, expectedVersion = version + 1, field = "description", locale = "uk", text = (string?)null });
        Assert.Empty(removed["organisation"]!["translations"]!.AsArray());
    }

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_bad_field_or_locale_is_a_validation_error_and_a_translator_lists_what_is_missing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var read = (await app.DataAsync("{ organisation(slug: \"untranslated-watch\") { id version } }"))["organisation"]!;
        var id = read["id"]!.GetValue<string>();
        var version = read["version"]!.GetValue<int>();
        foreach (var (field, locale, path) in new[] { ("name", "uk", "field"), ("description", "not a locale", "locale"), ("description", "en", "locale") })
        {
            var refused = await Translate(curator, new { id, expectedVersion = version, field, locale, text = "x" });
            Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
            Assert.Equal(path, refused["errors"]![0]!["path"]![1]!.GetValue<string>());
        }

        var georgian = (await app.DataAsync("{ organisation(slug: \"georgian-watch\") { id version } }"))["organisation"]!;
        await Translate(curator, new { id = georgian["id"]!.GetValue<string>(), expectedVersion = georgian["version"]!.GetValue<int>(),
            field = "description", locale = "ka", text = "ადამიანის უფლებები." });
        var missing = await app.DataAsync("{ organisations(where: { missingTranslation: \"ka\" }) { nodes { name } } }");
        Assert.Equal(["Translated Watch", "Untranslated Watch"], missing["organisations"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order());
    }
}
