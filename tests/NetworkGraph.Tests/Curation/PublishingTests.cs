using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;

namespace NetworkGraph.Tests.Curation;

/// <summary>Drafts and publishing: readers see the published version while curators prepare the next one.</summary>
public sealed class PublishingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Fields = "organisation { id name version status themes { code } draft { number snapshot } } errors { code }";

    private sealed record CuratedOrganisation(string Id, string Name, int Version, string Status, Coded[] Themes, Draft? Draft);

    /// <summary>An organisation as readers see it; readers are never shown a draft.</summary>
    private sealed record PublicOrganisation(string Name, Coded[] Themes, Draft? Draft);

    private static Task<CuratedOrganisation> Mutate(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<CuratedOrganisation>(client, name, inputType, Fields, input, "organisation");

    private static async Task<PublicOrganisation?> Public(NetworkGraphApp app, string slug) =>
        (await app.QueryAsync("query ($slug: String!) { organisation(slug: $slug) { name themes { code } draft { number } } }", new { slug }))
            .AssertNoErrors().Data<PublicOrganisation?>("organisation");

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Readers_see_the_published_version_until_the_next_one_is_published(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"publishing-flow-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug, name = "First Name", kind = "NGO", headquartersCountry = "MD", themes = new[] { "civic-space" } });
        var id = created.Id;
        Assert.Null(await Public(app, slug));

        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal("PUBLISHED", published.Status);
        Assert.Equal("First Name", (await Public(app, slug))!.Name);

        var edited = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = published.Version, name = "Second Name", themes = new[] { "rule-of-law" } });
        Assert.Equal("First Name", edited.Name);
        Assert.Contains("Second Name", edited.Draft!.Snapshot);
        var reader = (await Public(app, slug))!;
        Assert.Equal("First Name", reader.Name);
        Assert.Equal([new Coded("civic-space")], reader.Themes);
        Assert.Null(reader.Draft);

        var again = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput", new { id, expectedVersion = edited.Version, acronym = "SN" });
        Assert.Contains("Second Name", again.Draft!.Snapshot);

        var republished = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = again.Version });
        Assert.Null(republished.Draft);
        reader = (await Public(app, slug))!;
        Assert.Equal("Second Name", reader.Name);
        Assert.Equal([new Coded("rule-of-law")], reader.Themes);
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Search_finds_what_readers_may_see_after_each_change(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var word = $"zephyrine{provider}".ToLowerInvariant();
        async Task<int> Found(GraphQLClient client, string text) =>
            (await client.QueryAsync("query ($text: String!) { search(text: $text) { totalCount } }", new { text })).AssertNoErrors().Data<int>("search.totalCount");

        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug = $"searchable-{provider}".ToLowerInvariant(), name = $"{word} Rights Centre", kind = "NGO", headquartersCountry = "GE" });
        var id = created.Id;
        var anonymous = app.AnonymousClient();
        Assert.Equal(1, await Found(curator, word));
        Assert.Equal(0, await Found(anonymous, word));

        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = 1 });
        Assert.Equal(1, await Found(anonymous, word));

        var renamed = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput",
            new { id, expectedVersion = published.Version, name = $"{word}x Renamed Centre" });
        Assert.Equal(0, await Found(anonymous, "renamed"));
        await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id, expectedVersion = renamed.Version });
        Assert.Equal(1, await Found(anonymous, "renamed"));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Unpublishing_hides_the_record_and_keeps_its_latest_changes(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"unpublishing-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput", new { slug, name = "Visible", kind = "MEDIA", headquartersCountry = "AZ" });
        var published = await Mutate(curator, "publishOrganisation", "RecordVersionInput", new { id = created.Id, expectedVersion = 1 });
        var edited = await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput", new { id = created.Id, expectedVersion = published.Version, name = "Renamed" });
        var unpublished = await Mutate(curator, "unpublishOrganisation", "RecordVersionInput", new { id = created.Id, expectedVersion = edited.Version });
        Assert.Equal(("DRAFT", "Renamed"), (unpublished.Status, unpublished.Name));
        Assert.Null(await Public(app, slug));
    }

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Publishing_a_version_that_is_no_longer_current_is_a_conflict(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var slug = $"stale-publish-{provider}".ToLowerInvariant();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput", new { slug, name = "Stale", kind = "NGO", headquartersCountry = "KZ" });
        await Mutate(curator, "updateOrganisation", "UpdateOrganisationInput", new { id = created.Id, expectedVersion = 1, name = "Fresh" });
        var stale = await curator.MutateAsync("publishOrganisation", "RecordVersionInput", "organisation { id } errors { code }", new { id = created.Id, expectedVersion = 1 });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Null(await Public(app, slug));
    }
}
