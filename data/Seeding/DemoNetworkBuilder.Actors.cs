using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

internal sealed partial class DemoNetworkBuilder
{
    private static readonly string[] SubThemes = ThemeCatalogue.All.Where(t => t.ParentCode is not null).Select(t => t.Code).ToArray();
    private static readonly string[] AffiliationRoles = ["Board member", "Volunteer", "Adviser"];

    private void AddOrganisations()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SlugSet();
        while (organisations.Count < OrganisationCount)
        {
            var home = random.Pick(Places.All, p => p.Weight);
            var seat = home.HasExile && random.Chance(home.ExileShare) ? Places.Get(random.Pick(home.ExileHosts!)) : home;
            var inExile = seat != home;
            var templates = DemoNetworkCatalogue.Organisations.Where(t => t.Fits(home, inExile)).ToList();
            var template = random.Pick(templates, t => t.Weight);
            var city = random.Pick(seat.Cities);
            if (UniqueName(names, template, home, city) is not { } name) continue;
            organisations.Add(CreateOrganisation(template, home, seat, city, name, slugs.Claim(name)));
        }
    }

    /// <summary>The filled-in pattern, or a fixed name with the city added, unless that name is taken.</summary>
    private static string? UniqueName(HashSet<string> names, OrganisationTemplate template, Place home, string city)
    {
        var name = template.Pattern.Replace("{City}", city).Replace("{Adj}", home.Adjective).Replace("{Country}", home.Name).Replace("{Region}", home.Region);
        if (names.Add(name)) return name;
        var withCity = $"{name} {city}";
        return !template.Pattern.Contains('{') && names.Add(withCity) ? withCity : null;
    }

    private DemoOrganisation CreateOrganisation(OrganisationTemplate template, Place home, Place seat, string city, string name, string slug)
    {
        var themeCodes = template.Themes.Concat(random.Chance(0.35) ? [random.Pick(SubThemes)] : []).Distinct().ToArray();
        var countryCodes = OperatingCountries(template.Kind, home, seat);
        var relocated = seat != home ? RelocationYear(home) : (int?)null;
        var founded = relocated is { } moved ? random.Next(1995, moved + 1) : FoundedYear(template.Kind);
        var organisation = Stamp(new Organisation
        {
            Slug = slug,
            Name = name,
            Acronym = random.Chance(0.55) ? Acronym(name) : null,
            Kind = template.Kind,
            HeadquartersCountryCode = seat.Code,
            Website = random.Chance(0.88) ? $"https://{slug}.example.org" : null,
            FoundedYear = founded,
            Themes = Themes(themeCodes),
            OperatingCountries = Countries(countryCodes),
        });
        var elsewhere = countryCodes.Where(c => c != home.Code && c != seat.Code).Select(c => Places.Get(c).Name).ToList();
        organisation.Description =
            (relocated is not null
                ? $"{name} is {KindPhrase(template.Kind)} working on {home.Name} from {city}, {seat.Name}, where it moved in {relocated}. "
                : $"{name} is {KindPhrase(template.Kind)} founded in {founded} in {city}, {seat.Name}. ")
            + template.Activity
            + (elsewhere.Count > 0 ? $" It also works in {JoinAnd(elsewhere)}." : "");
        var closed = home.Pressure == 3;
        Curate(organisation, drafts: 0.07, partners: closed ? 0.25 : 0.08, staff: closed ? 0.12 : 0.03);
        LocalizeDescription(organisation, home, seat);
        data.Organisations.Add(organisation);
        return new DemoOrganisation(organisations.Count, organisation, home, seat, themeCodes, countryCodes);
    }

    private string[] OperatingCountries(OrganisationKind kind, Place home, Place seat)
    {
        var codes = new List<string> { home.Code };
        if (seat != home && random.Chance(0.5)) codes.Add(seat.Code);
        var reach = kind is OrganisationKind.Network or OrganisationKind.Funder ? random.Next(2, 6) : random.Chance(0.25) ? 1 : 0;
        var neighbours = Places.All
            .Where(p => !codes.Contains(p.Code) && (kind == OrganisationKind.Funder ? (p.Area & Area.Wider) != 0 : p.Region == home.Region || p.Area == home.Area))
            .ToList();
        codes.AddRange(random.PickMany(neighbours, reach, p => p.Weight).Select(p => p.Code));
        return codes.ToArray();
    }

    /// <summary>Belarusian civil society left after 2020, Russian after 2022; others over the last decade.</summary>
    private int RelocationYear(Place home) => home.Code switch
    {
        "BY" => random.Next(2020, 2022),
        "RU" => random.Next(2022, 2024),
        _ => random.Next(2015, 2024),
    };

    private int FoundedYear(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Grassroots => random.Next(2008, 2024),
        OrganisationKind.NationalHumanRightsInstitution or OrganisationKind.TradeUnion => random.Next(1991, 2012),
        // Most organisations in the region were founded after 1991, more of them recently.
        _ => 1991 + (int)(32 * Math.Sqrt(random.NextDouble())),
    };

    private static string KindPhrase(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Network => "a network of civil society organisations",
        OrganisationKind.Grassroots => "a volunteer-run grassroots group",
        OrganisationKind.LegalAid => "a legal aid organisation",
        OrganisationKind.Media => "an independent media outlet",
        OrganisationKind.TradeUnion => "an independent trade union",
        OrganisationKind.Funder => "a grant-making foundation",
        OrganisationKind.Academic => "a university-based centre",
        OrganisationKind.NationalHumanRightsInstitution => "a public oversight body",
        OrganisationKind.ThinkTank => "an independent think tank",
        _ => "a human-rights NGO",
    };

    private void LocalizeDescription(Organisation organisation, Place home, Place seat)
    {
        var sentence = DemoNetworkPhrasebook.KindSentence(organisation.Kind);
        if (random.Chance(0.65)) LocalizeTranslation(organisation.Id, "description", home.Locale, sentence);
        if ((seat.Area & Area.West) != 0 && random.Chance(0.3))
            LocalizeTranslation(organisation.Id, "description", random.Pick(InternationalLocales), sentence);
    }

    private void AddDefenders()
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SlugSet();
        while (defenders.Count < DefenderCount)
        {
            var home = random.Pick(Places.All, DefenderWeight);
            var female = random.Chance(0.55);
            var (femaleNames, maleNames) = DemoNetworkCatalogue.FirstNames[home.NameStyle];
            var firstName = random.Pick(female ? femaleNames : maleNames);
            var familyName = DemoNetworkCatalogue.FamilyName(random.Pick(DemoNetworkCatalogue.FamilyNameStems), home.NameStyle, female);
            var alias = $"{firstName} {familyName[0]}.";
            if (!aliases.Add(alias)) continue;
            var professions = DemoNetworkCatalogue.Professions
                .Where(p => (female || !p.FemaleOnly) && (p.Countries?.Contains(home.Code) ?? true)).ToList();
            var profession = random.Pick(professions);
            var host = home.HasExile && random.Chance(home.ExileShare) ? Places.Get(random.Pick(home.ExileHosts!)) : null;
            defenders.Add(CreateDefender(home, host, profession, alias, $"{firstName} {familyName}", slugs.Claim(alias)));
        }
    }

    /// <summary>Defenders come mostly from where civil society is under pressure.</summary>
    private static double DefenderWeight(Place place) =>
        (place.Area & Area.Wider) != 0 ? place.Weight * (1 + 0.5 * place.Pressure)
        : place.Area == Area.EuropeanUnion ? place.Weight * 0.2 * (1 + place.Pressure)
        : 0;

    private DemoDefender CreateDefender(Place home, Place? host, Profession profession, string alias, string legalName, string slug)
    {
        var offset = random.NextDouble() switch { < 0.2 => -1, < 0.65 => 0, _ => 1 };
        var risk = (RiskLevel)Math.Clamp(home.Pressure - 1 + offset, 0, 3);
        var consent = random.Chance(risk switch { RiskLevel.Low => 0.85, RiskLevel.Elevated => 0.7, RiskLevel.High => 0.35, _ => 0.1 });
        var recorded = consent || random.Chance(0.7);
        var city = random.Pick((host ?? home).Cities);
        var countryCodes = host is null ? new[] { home.Code } : [home.Code, host.Code];
        var defender = Stamp(new Defender
        {
            Slug = slug,
            Alias = alias,
            LegalName = legalName,
            Contact = random.Chance(0.8) ? $"{SlugSet.Slugify(legalName).Replace('-', '.')}@example.net" : null,
            RiskLevel = risk,
            PublicationConsent = consent,
            ConsentRecordedAt = recorded ? RandomMoment() : null,
            ConsentRecordedBy = recorded ? random.Pick(DemoNetworkCatalogue.Curators) : null,
            Bio = profession.Bio + (host is not null
                ? $" Has worked from {city} since {random.Next(2020, 2025)}, after leaving {home.Name}."
                : risk == RiskLevel.Critical ? $" Works in {home.Name}." : $" Based in {city}, {home.Name}."),
            Countries = Countries(countryCodes),
            Themes = Themes(profession.Themes.Concat(random.Chance(0.3) ? ["human-rights-defenders"] : [])),
        });
        defender.Status = random.Chance(0.1) ? ContentStatus.Draft : ContentStatus.Published;
        defender.Visibility = risk switch
        {
            RiskLevel.Critical => Visibility.Staff,
            RiskLevel.High => random.Chance(0.65) ? Visibility.Partners : Visibility.Staff,
            _ => random.Chance(0.88) ? Visibility.Public : Visibility.Partners,
        };
        LocalizeTranslation(defender.Id, "bio", home.Locale, profession.Bio);
        data.Defenders.Add(defender);
        return new DemoDefender(defender, home, host, profession, countryCodes);
    }

    private void AddAffiliations()
    {
        foreach (var defender in defenders)
        {
            var count = random.NextDouble() switch { < 0.65 => 1, < 0.95 => 2, _ => 3 };
            var employers = random.PickMany(organisations, count, o => AffiliationWeight(defender, o));
            for (var i = 0; i < employers.Count; i++)
            {
                var since = random.DateBetween(new DateOnly(2012, 1, 1), new DateOnly(2025, 6, 30));
                data.Affiliations.Add(Edge(new Affiliation
                {
                    DefenderId = defender.Entity.Id,
                    OrganisationId = employers[i].Entity.Id,
                    Role = i == 0 ? defender.Profession.Role : random.Pick(AffiliationRoles),
                }, since, MaybeUntil(since, 0.1), PersonEdgeVisibility(defender.Entity)));
            }
        }
    }

    private static double AffiliationWeight(DemoDefender defender, DemoOrganisation organisation) =>
        (organisation.WorksIn(defender.CountryCodes) ? 10 : organisation.Home.Region == defender.Home.Region ? 0.5 : 0.02)
        * (defender.Profession.Kinds.Contains(organisation.Entity.Kind) ? 3 : 1)
        * (1 + 2 * Shared(organisation.ThemeCodes, defender.Profession.Themes));

    /// <summary>
    /// Ties favour the same country, then region and area, shared themes and already well-connected
    /// organisations, so the graph has communities; networks and funders bridge them.
    /// </summary>
    private void AddPartnerships()
    {
        var tied = new HashSet<(int, int)>();
        var order = organisations.ToArray();
        random.Shuffle(order);
        foreach (var source in order)
        {
            var ties = 1 + random.Next(0, 3);
            for (var i = 0; i < ties; i++)
                Tie(source, random.Pick(organisations, target => PartnerWeight(source, target, tied)), tied);
        }
        foreach (var funder in organisations.Where(o => o.Entity.Kind == OrganisationKind.Funder))
        {
            var grantees = random.PickMany(organisations, random.Next(4, 11), target => GranteeWeight(funder, target, tied));
            foreach (var grantee in grantees) Tie(funder, grantee, tied);
        }
    }

    private static (int, int) TieKey(DemoOrganisation a, DemoOrganisation b) => a.Index < b.Index ? (a.Index, b.Index) : (b.Index, a.Index);

    private static double PartnerWeight(DemoOrganisation source, DemoOrganisation target, HashSet<(int, int)> tied)
    {
        if (source == target || tied.Contains(TieKey(source, target))) return 0;
        var proximity = source.Home == target.Home ? 6
            : source.Home.Region == target.Home.Region ? 2.5
            : source.Home.Area == target.Home.Area ? 1.2
            : 0.08;
        if (IsBroker(source) || IsBroker(target)) proximity = Math.Max(proximity, 1);
        return proximity * (1 + 1.5 * Shared(source.ThemeCodes, target.ThemeCodes)) * Math.Pow(1 + target.Degree, 0.9);
    }

    private static double GranteeWeight(DemoOrganisation funder, DemoOrganisation target, HashSet<(int, int)> tied) =>
        target.Entity.Kind == OrganisationKind.Funder || tied.Contains(TieKey(funder, target)) ? 0
        : ((target.Home.Area & Area.Wider) != 0 ? 3 : 0.3) * (1 + 2 * Shared(funder.ThemeCodes, target.ThemeCodes));

    private static bool IsBroker(DemoOrganisation organisation) =>
        organisation.Entity.Kind is OrganisationKind.Network or OrganisationKind.Funder;

    private void Tie(DemoOrganisation a, DemoOrganisation b, HashSet<(int, int)> tied)
    {
        if (a == b || !tied.Add(TieKey(a, b))) return;
        var kind = PartnershipKindOf(a, b);
        var (from, to) = kind == PartnershipKind.Funder && b.Entity.Kind == OrganisationKind.Funder ? (b, a) : (a, b);
        var firstYear = Math.Max(2005, Math.Max(a.Entity.FoundedYear ?? 2005, b.Entity.FoundedYear ?? 2005));
        var since = random.DateBetween(new DateOnly(Math.Min(firstYear, 2025), 1, 1), new DateOnly(2025, 10, 31));
        var visibility = kind == PartnershipKind.Funder && to.Home.Pressure == 3 ? Visibility.Staff : OrganisationEdgeVisibility(a, b);
        data.Partnerships.Add(Edge(new Partnership { OrganisationId = from.Entity.Id, PartnerId = to.Entity.Id, Kind = kind },
            since, MaybeUntil(since, 0.08), visibility));
        a.Degree++;
        b.Degree++;
    }

    private PartnershipKind PartnershipKindOf(DemoOrganisation a, DemoOrganisation b)
    {
        if (a.Entity.Kind == OrganisationKind.Funder || b.Entity.Kind == OrganisationKind.Funder) return PartnershipKind.Funder;
        if (Shared(a.ThemeCodes, b.ThemeCodes) > 0 && random.Chance(0.3)) return PartnershipKind.JointCampaign;
        if ((a.Entity.Kind == OrganisationKind.LegalAid || b.Entity.Kind == OrganisationKind.LegalAid) && random.Chance(0.4)) return PartnershipKind.Referral;
        return PartnershipKind.Partner;
    }
}
