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

    /// <summary>Translates the published organisation and publishes the draft holding the translation; returns the version after.</summary>
    private static async Task<int> TranslateAndPublish(HttpClient curator, string id, int version, string locale, string? text)
    {
        var set = await Translate(curator, new { id, expectedVersion = version, field = "description", locale, text });
        Assert.Empty(set["errors"]!.AsArray());
        var response = await curator.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($input: RecordVersionInput!) { publishOrganisation(input: $input) { organisation { version } errors { code } } }",
            variables = new { input = new { id, expectedVersion = set["organisation"]!["version"]!.GetValue<int>() } },
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["publishOrganisation"]!["organisation"]!["version"]!.GetValue<int>();
    }

    private static async Task<string> UkrainianDescription(NetworkGraphApp app) =>
        (await app.DataAsync("{ organisation(slug: \"translated-watch\") { description(locale: \"uk\") } }"))["organisation"]!["description"]!.GetValue<string>();

    [SkippableTheory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_translation_of_a_published_record_waits_in_its_draft_until_published_then_is_replaced_and_removed(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var read = (await app.DataAsync("{ organisation(slug: \"translated-watch\") { id version description translations { locale } } }"))["organisation"]!;
        Assert.Empty(read["translations"]!.AsArray());
        var id = read["id"]!.GetValue<string>();
        var english = read["description"]!.GetValue<string>();

        var set = await Translate(curator, new { id, expectedVersion = read["version"]!.GetValue<int>(), field = "description", locale = "uk", text = "Стежить за правами людини." });
        Assert.Empty(set["organisation"]!["translations"]!.AsArray());
        Assert.Equal(english, await UkrainianDescription(app));
        var publish = await curator.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($input: RecordVersionInput!) { publishOrganisation(input: $input) { organisation { version translations { locale text } } } }",
            variables = new { input = new { id, expectedVersion = set["organisation"]!["version"]!.GetValue<int>() } },
        });
        var published = JsonNode.Parse(await publish.Content.ReadAsStringAsync())!["data"]!["publishOrganisation"]!["organisation"]!;
        Assert.Equal("uk", published["translations"]![0]!["locale"]!.GetValue<string>());
        Assert.Equal("Стежить за правами людини.", await UkrainianDescription(app));
        var reader = await app.DataAsync("{ organisation(slug: \"translated-watch\") { translations { locale } } }");
        Assert.Empty(reader["organisation"]!["translations"]!.AsArray());

        var version = await TranslateAndPublish(curator, id, published["version"]!.GetValue<int>(), "uk", "Нова назва.");
        Assert.Equal("Нова назва.", await UkrainianDescription(app));
        await TranslateAndPublish(curator, id, version, "uk", null);
        Assert.Equal(english, await UkrainianDescription(app));
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
        await TranslateAndPublish(curator, georgian["id"]!.GetValue<string>(), georgian["version"]!.GetValue<int>(), "ka", "ადამიანის უფლებები.");
        var missing = await app.DataAsync("{ organisations(where: { missingTranslation: \"ka\" }) { nodes { name } } }");
        Assert.Equal(["Translated Watch", "Untranslated Watch"], missing["organisations"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order());
    }
}
