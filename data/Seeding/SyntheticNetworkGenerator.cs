using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// Generates the rows of a <see cref="SyntheticPlan"/> lazily, table by table; the sequences must be
/// consumed in the order <see cref="SyntheticNetwork"/> writes them, because later tables refer to the
/// keys and degrees of earlier ones. Only compact arrays are kept, never the entities.
/// </summary>
internal sealed class SyntheticNetworkGenerator(Random random, SyntheticPlan plan)
{
    private const string Seeder = "seed";
    private static readonly DateTime Start = new(2025, 1, 6, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly FirstTie = new(2008, 1, 1);
    private static readonly DateOnly LastTie = new(2025, 12, 31);
    private static readonly string[] ThemeCodes = ThemeCatalogue.All.Select(t => t.Code).ToArray();
    private static readonly string[] ThemeNames = ThemeCatalogue.All.Select(t => t.Name).ToArray();
    private static readonly Place[] Countries = Places.All.ToArray();
    private static readonly double[] OrganisationPlaces = Cumulative(Countries.Select(p => p.Weight));
    private static readonly double[] DefenderPlaces = Cumulative(Countries.Select(p =>
        (p.Area & Area.Wider) != 0 ? p.Weight * (1 + 0.5 * p.Pressure) : p.Weight * 0.2 * (1 + p.Pressure)));

    private static readonly (OrganisationKind Kind, string Noun, double Weight)[] Kinds =
    [
        (OrganisationKind.Ngo, "Human Rights Centre", 40), (OrganisationKind.Grassroots, "Community Initiative", 15),
        (OrganisationKind.LegalAid, "Legal Aid Bureau", 10), (OrganisationKind.Network, "Civic Network", 8),
        (OrganisationKind.Media, "Media Lab", 8), (OrganisationKind.Funder, "Civic Fund", 4),
        (OrganisationKind.Academic, "University Centre", 5), (OrganisationKind.ThinkTank, "Policy Institute", 5),
        (OrganisationKind.TradeUnion, "Workers' Union", 3), (OrganisationKind.NationalHumanRightsInstitution, "Ombuds Office", 2),
    ];
    private static readonly double[] KindWeights = Cumulative(Kinds.Select(k => k.Weight));
    private static readonly string[] AffiliationRoles = ["Lawyer", "Journalist", "Coordinator", "Researcher", "Volunteer", "Board member"];

    private readonly Guid[] organisationIds = new Guid[plan.Organisations];
    private readonly int[] organisationPlace = new int[plan.Organisations];
    private readonly int[] organisationSecondPlace = new int[plan.Organisations];
    private readonly int[] organisationThemes = new int[plan.Organisations];
    private readonly bool[] organisationFunds = new bool[plan.Organisations];
    private readonly Guid[] coalitionIds = new Guid[plan.Coalitions];
    private readonly int[] coalitionThemes = new int[plan.Coalitions];
    private readonly Guid[] goalIds = new Guid[plan.Goals];
    private readonly GoalTemplate[] goalTemplates = new GoalTemplate[plan.Goals];
    private readonly string[] goalCountries = new string[plan.Goals];
    private readonly Guid[] defenderIds = new Guid[plan.Defenders];
    private readonly RiskLevel[] defenderRisks = new RiskLevel[plan.Defenders];
    private readonly int[] defenderPlace = new int[plan.Defenders];
    private readonly int[] defenderThemes = new int[plan.Defenders];

    /// <summary>Each organisation once per partnership it has: a uniform draw from it is a draw proportional to degree.</summary>
    private readonly List<int> partnershipEnds = new(2 * plan.Partnerships);
    private DateTime clock = Start;

    public IEnumerable<Organisation> Organisations()
    {
        for (var i = 0; i < plan.Organisations; i++)
        {
            var place = Countries[organisationPlace[i] = PickIndex(OrganisationPlaces)];
            var (kind, noun, _) = Kinds[PickIndex(KindWeights)];
            organisationFunds[i] = kind == OrganisationKind.Funder;
            organisationThemes[i] = ThemeMask(random.Next(1, 4));
            organisationSecondPlace[i] = random.Chance(0.3) ? SecondPlace(place) : -1;
            var city = random.Pick(place.Cities);
            var name = $"{city} {noun} {i + 1}";
            var slug = SlugSet.Slugify(name);
            var organisation = Curated(new Organisation
            {
                Slug = slug,
                Name = name,
                Kind = kind,
                HeadquartersCountryCode = place.Code,
                Website = $"https://{slug}.example.org",
                FoundedYear = random.Next(1990, 2025),
                Description = $"{noun} based in {city}, {place.Name}. Themes: {ThemeList(organisationThemes[i])}.",
            });
            organisationIds[i] = organisation.Id;
            yield return organisation;
        }
    }

    public IEnumerable<JoinRow> OrganisationThemes() => ThemeRows(organisationIds, organisationThemes);

    public IEnumerable<JoinRow> OrganisationCountries()
    {
        for (var i = 0; i < plan.Organisations; i++)
        {
            yield return new JoinRow(organisationIds[i], Countries[organisationPlace[i]].Code);
            if (organisationSecondPlace[i] >= 0) yield return new JoinRow(organisationIds[i], Countries[organisationSecondPlace[i]].Code);
        }
    }

    public IEnumerable<Coalition> Coalitions()
    {
        for (var i = 0; i < plan.Coalitions; i++)
        {
            var place = Countries[PickIndex(OrganisationPlaces)];
            coalitionThemes[i] = ThemeMask(random.Next(1, 3));
            var name = $"{place.Region} {ThemeNames[FirstTheme(coalitionThemes[i])]} Coalition {i + 1}";
            var coalition = Curated(new Coalition
            {
                Slug = SlugSet.Slugify(name),
                Name = name,
                Purpose = $"Joint advocacy across {place.Region}. Themes: {ThemeList(coalitionThemes[i])}.",
                FoundedOn = random.DateBetween(new DateOnly(2005, 1, 1), new DateOnly(2024, 12, 31)),
            });
            coalitionIds[i] = coalition.Id;
            yield return coalition;
        }
    }

    public IEnumerable<JoinRow> CoalitionThemes() => ThemeRows(coalitionIds, coalitionThemes);

    public IEnumerable<AdvocacyGoal> Goals()
    {
        for (var i = 0; i < plan.Goals; i++)
        {
            var template = goalTemplates[i] = random.Pick(DemoNetworkCatalogue.Goals);
            var place = Places.Get(goalCountries[i] = random.Pick(template.Countries));
            var status = random.NextDouble() switch { < 0.7 => GoalStatus.Active, < 0.88 => GoalStatus.Achieved, _ => GoalStatus.Dropped };
            var title = $"{place.Name}: {template.Action} ({i + 1})";
            var goal = Curated(new AdvocacyGoal
            {
                Slug = SlugSet.Slugify(title),
                Title = title,
                Summary = template.Summary,
                GoalStatus = status,
                HorizonYear = status == GoalStatus.Active ? random.Next(2026, 2031) : random.Next(2021, 2026),
            });
            goalIds[i] = goal.Id;
            yield return goal;
        }
    }

    public IEnumerable<JoinRow> GoalThemes() =>
        Enumerable.Range(0, plan.Goals).SelectMany(i => goalTemplates[i].Themes.Select(theme => new JoinRow(goalIds[i], theme)));

    public IEnumerable<JoinRow> GoalCountries() =>
        Enumerable.Range(0, plan.Goals).Select(i => new JoinRow(goalIds[i], goalCountries[i]));

    public IEnumerable<JoinRow> GoalInstitutions() =>
        Enumerable.Range(0, plan.Goals).SelectMany(i => goalTemplates[i].Institutions.Select(code => new JoinRow(goalIds[i], code)));

    public IEnumerable<Defender> Defenders()
    {
        for (var i = 0; i < plan.Defenders; i++)
        {
            var place = Countries[defenderPlace[i] = PickIndex(DefenderPlaces)];
            var female = random.Chance(0.55);
            var (femaleNames, maleNames) = DemoNetworkCatalogue.FirstNames[place.NameStyle];
            var firstName = random.Pick(female ? femaleNames : maleNames);
            var familyName = DemoNetworkCatalogue.FamilyName(random.Pick(DemoNetworkCatalogue.FamilyNameStems), place.NameStyle, female);
            var risk = defenderRisks[i] = (RiskLevel)Math.Clamp(place.Pressure - 1 + random.Next(-1, 2), 0, 3);
            var consent = random.Chance(risk <= RiskLevel.Elevated ? 0.75 : 0.2);
            defenderThemes[i] = ThemeMask(random.Next(1, 3));
            var defender = Curated(new Defender
            {
                Slug = $"defender-{i + 1}",
                Alias = $"{firstName} {familyName[0]}.",
                LegalName = $"{firstName} {familyName}",
                RiskLevel = risk,
                PublicationConsent = consent,
                ConsentRecordedAt = consent ? clock : null,
                ConsentRecordedBy = consent ? Seeder : null,
                Bio = $"Human-rights defender from {place.Name}. Themes: {ThemeList(defenderThemes[i])}.",
            });
            defender.Visibility = PersonVisibility(risk);
            defenderIds[i] = defender.Id;
            yield return defender;
        }
    }

    public IEnumerable<JoinRow> DefenderThemes() => ThemeRows(defenderIds, defenderThemes);

    public IEnumerable<JoinRow> DefenderCountries() =>
        Enumerable.Range(0, plan.Defenders).Select(i => new JoinRow(defenderIds[i], Countries[defenderPlace[i]].Code));

    /// <summary>
    /// Preferential attachment: organisations join one by one and tie to earlier ones, mostly in proportion
    /// to their degree, partly within their own country; this gives hubs, brokers and national communities.
    /// Ties that growth could not place (early organisations have few predecessors) are added at the end.
    /// </summary>
    public IEnumerable<Partnership> Partnerships()
    {
        var tied = new HashSet<long>(plan.Partnerships);
        var compatriots = Countries.Select(_ => new List<int>()).ToArray();
        var perOrganisation = (double)plan.Partnerships / plan.Organisations;
        var written = 0;
        for (var i = 0; i < plan.Organisations && written < plan.Partnerships; i++)
        {
            var ties = Math.Min(i, (int)perOrganisation + (random.Chance(perOrganisation % 1) ? 1 : 0));
            for (var t = 0; t < ties && written < plan.Partnerships; t++)
            {
                if (EarlierPartner(i, compatriots[organisationPlace[i]], tied) is not { } partner) continue;
                written++;
                yield return Partnership(i, partner);
            }
            compatriots[organisationPlace[i]].Add(i);
        }
        while (written < plan.Partnerships)
        {
            var (first, second) = (random.Next(plan.Organisations), AnyOrganisation());
            if (first == second || !tied.Add(PairKey(first, second))) continue;
            written++;
            yield return Partnership(first, second);
        }
    }

    public IEnumerable<Membership> Memberships()
    {
        var members = new HashSet<long>(plan.Memberships);
        var led = new bool[plan.Coalitions];
        var candidates = plan.Organisations + plan.Defenders;
        while (members.Count < plan.Memberships)
        {
            var coalition = SkewedIndex(plan.Coalitions);
            var member = random.Chance(0.92) ? AnyOrganisation() : plan.Organisations + random.Next(plan.Defenders);
            if (!members.Add((long)coalition * candidates + member)) continue;
            var role = !led[coalition] ? MembershipRole.Lead : random.Chance(0.12) ? MembershipRole.Observer : MembershipRole.Member;
            led[coalition] = true;
            var defender = member - plan.Organisations;
            yield return Edge(new Membership
            {
                CoalitionId = coalitionIds[coalition],
                OrganisationId = defender < 0 ? organisationIds[member] : null,
                DefenderId = defender >= 0 ? defenderIds[defender] : null,
                Role = role,
            }, defender >= 0 ? PersonVisibility(defenderRisks[defender]) : EdgeVisibility());
        }
    }

    public IEnumerable<GoalSupport> GoalSupports()
    {
        var supports = new HashSet<long>(plan.GoalSupports);
        var led = new bool[plan.Goals];
        var candidates = plan.Organisations + plan.Coalitions;
        while (supports.Count < plan.GoalSupports)
        {
            var goal = SkewedIndex(plan.Goals);
            var supporter = random.Chance(0.85) ? AnyOrganisation() : plan.Organisations + random.Next(plan.Coalitions);
            if (!supports.Add((long)goal * candidates + supporter)) continue;
            var role = led[goal] ? GoalSupportRole.Supporter : GoalSupportRole.Lead;
            led[goal] = true;
            var coalition = supporter - plan.Organisations;
            yield return Edge(new GoalSupport
            {
                GoalId = goalIds[goal],
                OrganisationId = coalition < 0 ? organisationIds[supporter] : null,
                CoalitionId = coalition >= 0 ? coalitionIds[coalition] : null,
                Role = role,
            }, EdgeVisibility());
        }
    }

    /// <summary>Every defender works with at least one organisation while there are affiliations to give.</summary>
    public IEnumerable<Affiliation> Affiliations()
    {
        var affiliated = new HashSet<long>(plan.Affiliations);
        while (affiliated.Count < plan.Affiliations)
        {
            var defender = affiliated.Count < plan.Defenders ? affiliated.Count : random.Next(plan.Defenders);
            var organisation = AnyOrganisation();
            if (!affiliated.Add((long)defender * plan.Organisations + organisation)) continue;
            yield return Edge(new Affiliation
            {
                DefenderId = defenderIds[defender],
                OrganisationId = organisationIds[organisation],
                Role = random.Pick(AffiliationRoles),
            }, PersonVisibility(defenderRisks[defender]));
        }
    }

    private int? EarlierPartner(int organisation, List<int> compatriots, HashSet<long> tied)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var roll = random.NextDouble();
            var partner = roll < 0.3 && compatriots.Count > 0 ? compatriots[random.Next(compatriots.Count)]
                : roll < 0.9 && partnershipEnds.Count > 0 ? partnershipEnds[random.Next(partnershipEnds.Count)]
                : random.Next(organisation);
            if (partner != organisation && tied.Add(PairKey(organisation, partner))) return partner;
        }
        return null;
    }

    /// <summary>Half by degree, half uniformly, so well-connected organisations also lead in coalitions and goals.</summary>
    private int AnyOrganisation() =>
        partnershipEnds.Count > 0 && random.Chance(0.5) ? partnershipEnds[random.Next(partnershipEnds.Count)] : random.Next(plan.Organisations);

    private Partnership Partnership(int organisation, int partner)
    {
        partnershipEnds.Add(organisation);
        partnershipEnds.Add(partner);
        var (from, to) = organisationFunds[partner] && !organisationFunds[organisation] ? (partner, organisation) : (organisation, partner);
        var kind = organisationFunds[from] ? PartnershipKind.Funder
            : random.NextDouble() switch { < 0.7 => PartnershipKind.Partner, < 0.87 => PartnershipKind.JointCampaign, _ => PartnershipKind.Referral };
        return Edge(new Partnership { OrganisationId = organisationIds[from], PartnerId = organisationIds[to], Kind = kind }, EdgeVisibility());
    }

    private long PairKey(int first, int second) =>
        first < second ? (long)first * plan.Organisations + second : (long)second * plan.Organisations + first;

    /// <summary>An index in [0, count) skewed towards 0, so a few coalitions and goals gather most members.</summary>
    private int SkewedIndex(int count) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private int SecondPlace(Place place)
    {
        var neighbours = Countries.Where(p => p.Area == place.Area && p != place).ToList();
        return neighbours.Count == 0 ? -1 : Array.IndexOf(Countries, random.Pick(neighbours));
    }

    private T Stamp<T>(T entity) where T : Entity
    {
        entity.Id = SeededGuid.Create(random, clock);
        entity.CreatedAt = clock;
        entity.UpdatedAt = clock;
        entity.CreatedBy = Seeder;
        entity.Version = 1;
        clock = clock.AddSeconds(1);
        return entity;
    }

    private T Curated<T>(T entity) where T : CuratedEntity
    {
        Stamp(entity);
        entity.Status = ContentStatus.Published;
        entity.Visibility = Visibility.Public;
        entity.DefaultLocale = "en";
        return entity;
    }

    private T Edge<T>(T edge, Visibility visibility) where T : EdgeEntity
    {
        Stamp(edge);
        edge.Since = random.DateBetween(FirstTie, LastTie);
        edge.Visibility = visibility;
        return edge;
    }

    private Visibility EdgeVisibility() => random.NextDouble() switch { < 0.93 => Visibility.Public, < 0.98 => Visibility.Partners, _ => Visibility.Staff };

    private Visibility PersonVisibility(RiskLevel risk) => risk switch
    {
        RiskLevel.Critical => Visibility.Staff,
        RiskLevel.High => Visibility.Partners,
        _ => EdgeVisibility(),
    };

    private int ThemeMask(int count)
    {
        var mask = 0;
        while (int.PopCount(mask) < count) mask |= 1 << random.Next(ThemeCodes.Length);
        return mask;
    }

    private static int FirstTheme(int mask) => int.TrailingZeroCount(mask);

    private static IEnumerable<int> ThemesOf(int mask) => Enumerable.Range(0, ThemeCodes.Length).Where(bit => (mask & (1 << bit)) != 0);

    private static string ThemeList(int mask) => string.Join(", ", ThemesOf(mask).Select(bit => ThemeNames[bit]));

    private static IEnumerable<JoinRow> ThemeRows(Guid[] owners, int[] masks) =>
        Enumerable.Range(0, owners.Length).SelectMany(i => ThemesOf(masks[i]).Select(bit => new JoinRow(owners[i], ThemeCodes[bit])));

    private int PickIndex(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return weights.Select(w => total += w).ToArray();
    }
}
