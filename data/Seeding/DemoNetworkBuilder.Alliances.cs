using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

internal sealed partial class DemoNetworkBuilder
{
    private static readonly Dictionary<string, Scope> ScopesByCode = DemoNetworkCatalogue.RegionalScopes
        .Concat(Places.All.Select(p => new Scope(p.Code, p.Name, p.Adjective, [p.Code])))
        .ToDictionary(s => s.Code);

    private void AddCoalitions()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SlugSet();
        while (coalitions.Count < CoalitionCount)
        {
            var template = random.Pick(DemoNetworkCatalogue.Coalitions);
            var scope = ScopesByCode[random.Pick(template.Scopes)];
            var name = template.Pattern.Replace("{Scope}", scope.Adjective).Replace("{ScopeName}", scope.Name);
            if (!names.Add(name)) continue;
            var coalition = CreateCoalition(template, scope, name, slugs.Claim(name));
            AddMemberships(coalition);
            coalitions.Add(coalition);
        }
    }

    private DemoCoalition CreateCoalition(CoalitionTemplate template, Scope scope, string name, string slug)
    {
        var coalition = Stamp(new Coalition
        {
            Slug = slug,
            Name = name,
            Acronym = random.Chance(0.7) ? Acronym(name) : null,
            Purpose = $"{template.Purpose} Its members work {(scope.IsNational ? "in" : "across")} {scope.Name}.",
            FoundedOn = random.DateBetween(new DateOnly(2005, 1, 1), new DateOnly(2024, 12, 31)),
            Themes = Themes(template.Themes),
        });
        var protective = template.Themes.Contains("human-rights-defenders");
        Curate(coalition, drafts: 0.08, partners: protective ? 0.3 : 0.1, staff: protective ? 0.1 : 0.03);
        if (random.Chance(0.06))
        {
            coalition.Status = ContentStatus.Archived;
            coalition.DissolvedOn = random.DateBetween(coalition.FoundedOn!.Value.AddYears(2), new DateOnly(2025, 9, 30));
        }
        if (scope.Countries.Any(c => (Places.Get(c).Area & (Area.EasternPartnership | Area.CentralAsia | Area.Russia)) != 0) && scope.Code != "EUR")
            LocalizeTranslation(coalition.Id, "purpose", "ru", template.Purpose);
        if (scope.Code is "EUR" or "DAN" or "BALT" || random.Chance(0.3))
            LocalizeTranslation(coalition.Id, "purpose", random.Pick(InternationalLocales), template.Purpose);
        data.Coalitions.Add(coalition);
        return new DemoCoalition(coalition, scope, template);
    }

    private void AddMemberships(DemoCoalition coalition)
    {
        var (entity, scope, template) = coalition;
        var candidates = organisations.Where(o => o.WorksIn(scope.Countries)).ToList();
        var size = scope.Code == "EUR" ? random.Next(12, 26) : scope.IsNational ? random.Next(5, 13) : random.Next(8, 19);
        var members = random.PickMany(candidates, size, o =>
            (1 + 2 * Shared(o.ThemeCodes, template.Themes)) * (o.Entity.Kind == OrganisationKind.Network ? 1.5 : 1) * Math.Pow(1 + o.Degree, 0.3));
        var until = entity.DissolvedOn ?? new DateOnly(2025, 11, 30);
        for (var i = 0; i < members.Count; i++)
        {
            var since = random.DateBetween(entity.FoundedOn!.Value, until);
            data.Memberships.Add(Edge(new Membership
            {
                CoalitionId = entity.Id,
                OrganisationId = members[i].Entity.Id,
                Role = MemberRole(i, members[i].Entity.Kind),
            }, since, entity.DissolvedOn ?? MaybeUntil(since, 0.05), OrganisationEdgeVisibility(members[i])));
        }

        var people = random.PickMany(defenders, random.Next(0, 4),
            d => d.CountryCodes.Intersect(scope.Countries).Any() && Shared(d.Profession.Themes, template.Themes) > 0 ? 1 : 0);
        foreach (var person in people)
        {
            var since = random.DateBetween(entity.FoundedOn!.Value, until);
            data.Memberships.Add(Edge(new Membership
            {
                CoalitionId = entity.Id,
                DefenderId = person.Entity.Id,
                Role = random.Chance(0.2) ? MembershipRole.Observer : MembershipRole.Member,
            }, since, entity.DissolvedOn, PersonEdgeVisibility(person.Entity)));
        }
    }

    private MembershipRole MemberRole(int rank, OrganisationKind kind) => rank switch
    {
        0 => MembershipRole.Lead,
        1 when random.Chance(0.15) => MembershipRole.Lead,
        _ when kind is OrganisationKind.Funder or OrganisationKind.Academic or OrganisationKind.NationalHumanRightsInstitution => MembershipRole.Observer,
        _ => random.Chance(0.08) ? MembershipRole.Observer : MembershipRole.Member,
    };

    private void AddGoals()
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SlugSet();
        while (goals.Count < GoalCount)
        {
            var template = random.Pick(DemoNetworkCatalogue.Goals);
            var place = Places.Get(random.Pick(template.Countries));
            var institutions = template.Institutions.Where(i => reference.InstitutionsOfCountry[place.Code].Contains(i)).ToList();
            if (institutions.Count == 0) continue;
            var partners = random.Chance(0.2)
                ? random.PickMany(template.Countries.Where(c => c != place.Code && Places.Get(c).Region == place.Region).ToList(), random.Next(1, 3))
                : [];
            var title = $"{(partners.Count == 0 ? place.Name : place.Region)}: {template.Action}";
            if (!titles.Add(title)) continue;
            var goal = CreateGoal(template, place, [place.Code, .. partners], institutions, title, slugs.Claim(title));
            goals.Add(AddGoalSupports(goal, template));
        }
    }

    private AdvocacyGoal CreateGoal(GoalTemplate template, Place place, string[] countryCodes, List<string> institutions, string title, string slug)
    {
        // Goals are rarely achieved where civil society is under pressure.
        var achieved = place.Pressure <= 1 ? 0.25 : 0.05;
        var status = random.NextDouble() switch { < 0.12 => GoalStatus.Dropped, var roll when roll < 0.12 + achieved => GoalStatus.Achieved, _ => GoalStatus.Active };
        var goal = Stamp(new AdvocacyGoal
        {
            Slug = slug,
            Title = title,
            Summary = template.Summary,
            GoalStatus = status,
            HorizonYear = status switch { GoalStatus.Active => random.Next(2026, 2031), GoalStatus.Achieved => random.Next(2021, 2026), _ => random.Next(2022, 2028) },
            TargetInstitutions = institutions.Select(code => reference.Institutions[code]).ToList(),
            Themes = Themes(template.Themes),
            Countries = Countries(countryCodes),
        });
        Curate(goal, drafts: 0.1, partners: 0.08, staff: 0.04);
        if (status == GoalStatus.Dropped && random.Chance(0.4)) goal.Status = ContentStatus.Archived;
        if (countryCodes.Length == 1) LocalizeGoal(goal, template, place, institutions);
        data.Goals.Add(goal);
        return goal;
    }

    /// <summary>Titles in the country's language, in French where the Council of Europe is addressed, and often in Russian across the former Soviet Union.</summary>
    private void LocalizeGoal(AdvocacyGoal goal, GoalTemplate template, Place place, List<string> institutions)
    {
        var locales = new List<string>();
        if (place.Locale is { } local) locales.Add(local);
        if (institutions.Contains("COE")) locales.Add("fr");
        if ((place.Area & (Area.EasternPartnership | Area.CentralAsia | Area.Russia)) != 0 && random.Chance(0.5)) locales.Add("ru");
        foreach (var locale in locales)
        {
            if (DemoNetworkPhrasebook.Title(place.Code, template.Action, locale) is not { } title) continue;
            Localize(goal.Id, "title", locale, title);
            LocalizeTranslation(goal.Id, "summary", locale, template.Summary);
        }
    }

    /// <summary>A coalition working on the goal's countries and themes leads it when there is one, otherwise an organisation; others support.</summary>
    private DemoGoal AddGoalSupports(AdvocacyGoal goal, GoalTemplate template)
    {
        var countryCodes = goal.Countries.Select(c => c.Code).ToArray();
        var fitting = coalitions
            .Where(c => c.Scope.Countries.Intersect(countryCodes).Any() && Shared(c.Template.Themes, template.Themes) > 0)
            .ToList();
        var supporters = random.PickMany(organisations, random.Next(3, 11), o =>
                (o.WorksIn(countryCodes) ? 8 : 0.05) * (1 + 2 * Shared(o.ThemeCodes, template.Themes)))
            .OrderBy(o => o.WorksIn(countryCodes) ? 0 : 1)
            .ToList();
        var leadCoalition = fitting.Count > 0 && random.Chance(0.6) ? random.Pick(fitting) : null;
        var since = DateOnly.FromDateTime(goal.CreatedAt);

        if (leadCoalition is not null) AddSupport(goal, since, GoalSupportRole.Lead, coalition: leadCoalition);
        for (var i = 0; i < supporters.Count; i++)
            AddSupport(goal, since, i == 0 && leadCoalition is null ? GoalSupportRole.Lead : GoalSupportRole.Supporter, organisation: supporters[i]);
        var backers = random.PickMany(coalitions.Where(c => c != leadCoalition && Shared(c.Template.Themes, template.Themes) > 0).ToList(), random.Next(0, 3));
        foreach (var backer in backers) AddSupport(goal, since, GoalSupportRole.Supporter, coalition: backer);

        var (leadName, leadSlug) = leadCoalition is not null
            ? (leadCoalition.Entity.Name, leadCoalition.Entity.Slug)
            : (supporters[0].Entity.Name, supporters[0].Entity.Slug);
        return new DemoGoal(goal, template, countryCodes, leadName, leadSlug);
    }

    private void AddSupport(AdvocacyGoal goal, DateOnly since, GoalSupportRole role, DemoCoalition? coalition = null, DemoOrganisation? organisation = null)
    {
        var visibility = organisation is not null ? OrganisationEdgeVisibility(organisation) : RandomVisibility(0.06, 0.02);
        data.GoalSupports.Add(Edge(new GoalSupport
        {
            GoalId = goal.Id,
            CoalitionId = coalition?.Entity.Id,
            OrganisationId = organisation?.Entity.Id,
            Role = role,
        }, since, goal.GoalStatus == GoalStatus.Dropped ? MaybeUntil(since, 0.5) : null, visibility));
    }
}
