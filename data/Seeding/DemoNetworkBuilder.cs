using System.Text;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Seeding;

/// <summary>Everything the demo adds to the database.</summary>
internal sealed class DemoNetworkData
{
    public List<Organisation> Organisations { get; } = [];
    public List<Defender> Defenders { get; } = [];
    public List<Coalition> Coalitions { get; } = [];
    public List<AdvocacyGoal> Goals { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Campaign> Campaigns { get; } = [];
    public List<Partnership> Partnerships { get; } = [];
    public List<Affiliation> Affiliations { get; } = [];
    public List<Membership> Memberships { get; } = [];
    public List<GoalSupport> GoalSupports { get; } = [];
    public List<Participation> Participations { get; } = [];
    public List<LocalizedText> LocalizedTexts { get; } = [];
}

internal sealed class DemoOrganisation(int index, Organisation entity, Place home, Place seat, string[] themeCodes, string[] countryCodes)
{
    public int Index { get; } = index;
    public Organisation Entity { get; } = entity;
    /// <summary>The country the organisation works on.</summary>
    public Place Home { get; } = home;
    /// <summary>Where it is registered: the home country, or a host country for organisations in exile.</summary>
    public Place Seat { get; } = seat;
    public string[] ThemeCodes { get; } = themeCodes;
    public string[] CountryCodes { get; } = countryCodes;
    public int Degree { get; set; }
    public bool WorksIn(IEnumerable<string> countryCodes) => countryCodes.Any(c => c == Seat.Code || CountryCodes.Contains(c));
}

internal sealed class DemoDefender(Defender entity, Place home, Place? host, Profession profession, string[] countryCodes)
{
    public Defender Entity { get; } = entity;
    public Place Home { get; } = home;
    public Place? Host { get; } = host;
    public Profession Profession { get; } = profession;
    public string[] CountryCodes { get; } = countryCodes;

    /// <summary>Whom a public campaign may name: consenting, at most elevated risk, published and public.</summary>
    public bool Promotable =>
        Entity is { PublicationConsent: true, RiskLevel: <= RiskLevel.Elevated, Status: ContentStatus.Published, Visibility: Visibility.Public };
}

internal sealed record DemoCoalition(Coalition Entity, Scope Scope, CoalitionTemplate Template);

internal sealed record DemoGoal(AdvocacyGoal Entity, GoalTemplate Template, string[] CountryCodes, string LeadName, string LeadSlug);

/// <summary>Builds the demo network from one seeded <see cref="Random"/>; every draw happens in a fixed order.</summary>
internal sealed partial class DemoNetworkBuilder(Random random, DemoReference reference)
{
    private const int OrganisationCount = 300;
    private const int DefenderCount = 60;
    private const int CoalitionCount = 25;
    private const int GoalCount = 40;
    private const int EventCount = 30;
    private const string Seeder = "seed";

    /// <summary>The demo's "today": records are dated before it, scheduled content after it.</summary>
    private static readonly DateTime Now = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime FirstRecord = new(2024, 1, 8, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static readonly string[] TranslatedLocales = ["ru", "uk", "ka", "hy", "sr", "sq", "tr", "fr", "de", "nl"];
    private static readonly string[] InternationalLocales = ["fr", "de"];

    private static readonly string?[] EdgeSources =
    [
        "Joint project documented in both annual reports.", "Memorandum of understanding on file.", "Reported by the partner organisation.",
        "Confirmed at the 2024 partners' meeting.", "From the organisation's public website.", null, null,
    ];

    private readonly DemoNetworkData data = new();
    private readonly HashSet<(Guid Owner, string Field, string Locale)> localized = [];
    private readonly List<DemoOrganisation> organisations = [];
    private readonly List<DemoDefender> defenders = [];
    private readonly List<DemoCoalition> coalitions = [];
    private readonly List<DemoGoal> goals = [];

    public DemoNetworkData Build()
    {
        AddOrganisations();
        AddDefenders();
        AddAffiliations();
        AddPartnerships();
        AddCoalitions();
        AddGoals();
        AddEvents();
        AddCampaigns();
        return data;
    }

    private T Stamp<T>(T entity) where T : Entity => Stamp(entity, RandomMoment());

    private T Stamp<T>(T entity, DateTime createdAt) where T : Entity
    {
        entity.Id = SeededGuid.Create(random, createdAt);
        entity.CreatedAt = createdAt;
        entity.UpdatedAt = createdAt;
        entity.CreatedBy = Seeder;
        entity.Version = 1;
        return entity;
    }

    private DateTime RandomMoment() => FirstRecord.AddMinutes(random.Next((int)(Now - FirstRecord).TotalMinutes));

    private void Curate(CuratedEntity entity, double drafts, double partners, double staff)
    {
        entity.Status = random.Chance(drafts) ? ContentStatus.Draft : ContentStatus.Published;
        entity.Visibility = RandomVisibility(partners, staff);
    }

    private Visibility RandomVisibility(double partners, double staff)
    {
        var roll = random.NextDouble();
        return roll < staff ? Visibility.Staff : roll < staff + partners ? Visibility.Partners : Visibility.Public;
    }

    /// <summary>Edges that reveal where a person works or meets are hidden as far as the person's risk demands.</summary>
    private Visibility PersonEdgeVisibility(Defender defender) => defender.RiskLevel switch
    {
        RiskLevel.Critical => Visibility.Staff,
        RiskLevel.High => random.Chance(0.6) ? Visibility.Partners : Visibility.Staff,
        _ => RandomVisibility(0.12, 0.03),
    };

    /// <summary>Edges of organisations from closed countries are more often restricted.</summary>
    private Visibility OrganisationEdgeVisibility(params DemoOrganisation[] ends) =>
        ends.Any(o => o.Home.Pressure == 3) ? RandomVisibility(0.3, 0.12) : RandomVisibility(0.08, 0.03);

    private T Edge<T>(T edge, DateOnly since, DateOnly? until, Visibility visibility) where T : EdgeEntity
    {
        Stamp(edge);
        edge.Since = since;
        edge.Until = until;
        edge.Visibility = visibility;
        edge.SourceNote = random.Pick(EdgeSources);
        return edge;
    }

    private DateOnly? MaybeUntil(DateOnly since, double probability)
    {
        if (!random.Chance(probability)) return null;
        var until = since.AddDays(random.Next(180, 1500));
        return until < Today ? until : null;
    }

    private void Localize(Guid owner, string field, string locale, string? text)
    {
        if (text is null || !localized.Add((owner, field, locale))) return;
        data.LocalizedTexts.Add(new LocalizedText { OwnerId = owner, Field = field, Locale = locale, Text = text });
    }

    /// <summary>Adds the phrasebook's translation of an English template sentence, where there is one.</summary>
    private void LocalizeTranslation(Guid owner, string field, string? locale, string english)
    {
        if (locale is not null) Localize(owner, field, locale, DemoNetworkPhrasebook.Translate(english, locale));
    }

    private List<Theme> Themes(IEnumerable<string> codes) => codes.Distinct().Select(code => reference.Themes[code]).ToList();

    private List<Country> Countries(IEnumerable<string> codes) => codes.Distinct().Select(code => reference.Countries[code]).ToList();

    private static int Shared(IEnumerable<string> first, IEnumerable<string> second) => first.Intersect(second).Count();

    /// <summary>Initials of the significant words, when they make a 3–6 letter acronym.</summary>
    private static string? Acronym(string name)
    {
        var letters = new StringBuilder();
        foreach (var word in name.Split(' ', '-'))
            if (word.Length > 0 && char.IsUpper(word[0])) letters.Append(word[0]);
        return letters.Length is >= 3 and <= 6 ? letters.ToString() : null;
    }

    private static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static string WithArticle(string noun) =>
        ("aeiou".Contains(char.ToLowerInvariant(noun[0])) || noun.StartsWith("LGBTQI", StringComparison.Ordinal) ? "an " : "a ") + noun;
}
