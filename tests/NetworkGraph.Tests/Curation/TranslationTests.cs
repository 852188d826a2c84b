using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Curation;

/// <summary>Curators translate localized fields; readers get them by locale; translators find what is missing.</summary>
public sealed class TranslationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App(DatabaseProvider provider) => apps.For(provider, app => app.SeedAsync(db =>
        db.AddRange(Organisation("Translated Watch", country: "UA"), Organisation("Untranslated Watch", country: "UA"), Organisation("Georgian Watch", country: "GE"))));

    private sealed record Translated(int Version, Translation[] Translations);

    private sealed record Read(string Id, int Version, string Description, Localized[] Translations);

    private sealed record Localized(string Locale);

    private static Task<MutationPayload> Translate(GraphQLClient client, object input) => client.MutateAsync("setOrganisationTranslation", "TranslationInput",
        "organisation { version translations { field locale text } } errors { code path }", input);

    /// <summary>Translates the published organisation and publishes the draft holding the translation; returns the version after.</summary>
    private static async Task<int> TranslateAndPublish(GraphQLClient curator, string id, int version, string locale, string? text)
    {
        var set = (await Translate(curator, new { id, expectedVersion = version, field = "description", locale, text })).AssertNoErrors();
        return await ChangedAsync<int>(curator, "publishOrganisation", "RecordVersionInput", "organisation { version } errors { code }",
            new { id, expectedVersion = set.Data<int>("organisation.version") }, "organisation.version");
    }

    private static async Task<string> UkrainianDescription(NetworkGraphApp app) =>
        (await app.QueryAsync("{ organisation(slug: \"translated-watch\") { description(locale: \"uk\") } }")).AssertNoErrors().Data<string>("organisation.description");

    private static async Task<Versioned> IdAndVersion(NetworkGraphApp app, string slug) =>
        (await app.QueryAsync("query ($slug: String!) { organisation(slug: $slug) { id version } }", new { slug })).AssertNoErrors().Data<Versioned>("organisation");

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_translation_of_a_published_record_waits_in_its_draft_until_published_then_is_replaced_and_removed(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var read = (await app.QueryAsync("{ organisation(slug: \"translated-watch\") { id version description translations { locale } } }"))
            .AssertNoErrors().Data<Read>("organisation");
        Assert.Empty(read.Translations);
        var (id, english) = (read.Id, read.Description);

        var set = await Translate(curator, new { id, expectedVersion = read.Version, field = "description", locale = "uk", text = "Стежить за правами людини." });
        var pending = set.AssertNoErrors().Data<Translated>("organisation");
        Assert.Empty(pending.Translations);
        Assert.Equal(english, await UkrainianDescription(app));
        var published = await ChangedAsync<Translated>(curator, "publishOrganisation", "RecordVersionInput",
            "organisation { version translations { field locale text } } errors { code }", new { id, expectedVersion = pending.Version }, "organisation");
        Assert.Equal("uk", published.Translations[0].Locale);
        Assert.Equal("Стежить за правами людини.", await UkrainianDescription(app));
        var reader = (await app.QueryAsync("{ organisation(slug: \"translated-watch\") { translations { locale } } }")).AssertNoErrors();
        Assert.Empty(reader.Data<Localized[]>("organisation.translations"));

        var version = await TranslateAndPublish(curator, id, published.Version, "uk", "Нова назва.");
        Assert.Equal("Нова назва.", await UkrainianDescription(app));
        await TranslateAndPublish(curator, id, version, "uk", null);
        Assert.Equal(english, await UkrainianDescription(app));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task A_bad_field_or_locale_is_a_validation_error_and_a_translator_lists_what_is_missing(DatabaseProvider provider)
    {
        var app = await App(provider);
        var curator = await app.CuratorClientAsync();
        var untranslated = await IdAndVersion(app, "untranslated-watch");
        foreach (var (field, locale, path) in new[] { ("name", "uk", "field"), ("description", "not a locale", "locale"), ("description", "en", "locale") })
        {
            var refused = await Translate(curator, new { id = untranslated.Id, expectedVersion = untranslated.Version, field, locale, text = "x" });
            Assert.Equal(("VALIDATION", $"input.{path}"), (refused.Error.Code, refused.Error.Path));
        }

        var georgian = await IdAndVersion(app, "georgian-watch");
        await TranslateAndPublish(curator, georgian.Id, georgian.Version, "ka", "ადამიანის უფლებები.");
        var missing = (await app.QueryAsync("{ organisations(where: { missingTranslation: \"ka\" }) { nodes { name } } }")).AssertNoErrors();
        Assert.Equal(["Translated Watch", "Untranslated Watch"], missing.Data<Named[]>("organisations.nodes").Select(n => n.Name).Order());
    }
}
