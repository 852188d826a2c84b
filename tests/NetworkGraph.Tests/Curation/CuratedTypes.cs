using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;

namespace NetworkGraph.Tests.Curation;

/// <summary>Fields that are wrong in one place: set onto a valid create input, they must fail that field alone.</summary>
internal sealed record InvalidInput(string Name, object Fields, string Path);

/// <summary>
/// One curated type as <see cref="CuratedTypeMutationTests"/> drives it: a valid create input for a slug, a text field an
/// update changes (readers read it), a localized field to translate, the slug of the record the tests seed, and inputs
/// each wrong in one field.
/// </summary>
internal sealed record CuratedType(string Name, Func<string, Dictionary<string, object?>> Create, string Updated, string Localized,
    string SeededSlug, Func<NetworkGraphApp, Task<(int Records, int Revisions, int AuditEvents)>> Counts, IReadOnlyList<InvalidInput> Invalid)
{
    /// <summary>The payload's field and the prefix of audit actions, e.g. "advocacyGoal".</summary>
    public string Field => char.ToLowerInvariant(Name[0]) + Name[1..];

    public static IReadOnlyDictionary<string, CuratedType> All { get; } = new[]
    {
        new CuratedType("AdvocacyGoal",
            slug => new()
            {
                ["slug"] = slug, ["title"] = $"Goal {slug}", ["summary"] = "Repeal the foreign-agent law.", ["goalStatus"] = "ACTIVE",
                ["horizonYear"] = 2030, ["targetInstitutions"] = new[] { "coe" }, ["countries"] = new[] { "ge" }, ["themes"] = new[] { "civic-space" },
            },
            "title", "summary", "published-goal", CountsAsync<AdvocacyGoal>,
            [
                new("title", new { title = " " }, "title"),
                new("summary", new { summary = new string('s', 8001) }, "summary"),
                new("horizon", new { horizonYear = 1800 }, "horizonYear"),
                new("institution", new { targetInstitutions = new[] { "no-such-institution" } }, "targetInstitutions"),
                new("country", new { countries = new[] { "XX" } }, "countries"),
            ]),
        new CuratedType("Event",
            slug => new()
            {
                ["slug"] = slug, ["title"] = $"Event {slug}", ["kind"] = "TRAINING", ["startsOn"] = "2025-06-02", ["endsOn"] = "2025-06-04",
                ["country"] = "am", ["city"] = "Yerevan", ["description"] = "Strategic litigation training.", ["themes"] = new[] { "civic-space" },
            },
            "title", "description", "published-event", CountsAsync<Event>,
            [
                new("ends-before-start", new { endsOn = "2025-06-01" }, "endsOn"),
                new("country", new { country = "XX" }, "country"),
                new("city", new { city = new string('c', 121) }, "city"),
                new("theme", new { themes = new[] { "no-such-theme" } }, "themes"),
            ]),
        new CuratedType("Defender",
            slug => new()
            {
                ["slug"] = slug, ["alias"] = $"Defender {slug}", ["legalName"] = "Legal Name", ["contact"] = "signal: +000",
                ["riskLevel"] = "LOW", ["publicationConsent"] = true, ["bio"] = "Documents violations.", ["countries"] = new[] { "by" },
            },
            "alias", "bio", "published-defender", CountsAsync<Defender>,
            [
                new("alias", new { alias = "" }, "alias"),
                new("long-alias", new { alias = new string('a', 121) }, "alias"),
                new("legal-name", new { legalName = new string('n', 301) }, "legalName"),
                new("contact", new { contact = new string('c', 501) }, "contact"),
                new("locale", new { defaultLocale = "not a locale" }, "defaultLocale"),
            ]),
        new CuratedType("Campaign",
            slug => new()
            {
                ["slug"] = slug, ["title"] = $"Campaign {slug}", ["summary"] = "Write to the prosecutor.",
                ["body"] = "# Free them\n\nSign the **letter**.", ["themes"] = new[] { "civic-space" },
            },
            "title", "body", "published-campaign", CountsAsync<Campaign>,
            [
                new("title", new { title = new string('t', 301) }, "title"),
                new("body", new { body = new string('b', 100_001) }, "body"),
                new("malformed-goal", new { goals = new[] { "not-an-id" } }, "goals"),
                new("foreign-goal", new { goals = new[] { NewId("Coalition") } }, "goals"),
                new("unknown-coalition", new { coalitions = new[] { NewId("Coalition") } }, "coalitions"),
                new("unknown-defender", new { defenders = new[] { NewId("Defender") } }, "defenders"),
                new("slug", new { slug = "Not A Slug" }, "slug"),
            ]),
    }.ToDictionary(type => type.Name);

    /// <summary>The ID of a record of the type that does not exist.</summary>
    public static string NewId(string type) => GlobalId.Encode(type, Guid.CreateVersion7().ToString("N"));

    /// <summary>A valid create input with the given fields set over it.</summary>
    public Dictionary<string, object?> CreateWith(string slug, object fields)
    {
        var input = Create(slug);
        foreach (var property in fields.GetType().GetProperties()) input[property.Name] = property.GetValue(fields);
        return input;
    }
}
