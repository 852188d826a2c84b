using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;

namespace NetworkGraph.Data.Seeding;

internal sealed partial class DemoNetworkBuilder
{
    private void AddEvents()
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SlugSet();
        while (data.Events.Count < EventCount)
        {
            var template = random.Pick(DemoNetworkCatalogue.Events, t => t.Weight);
            var year = random.Next(2023, 2027);
            var host = template.Online ? null : Places.Get(random.Pick(template.Hosts));
            var (institution, city) = Venue(template, host);
            var otherHost = OtherHost(template, host);
            var title = template.Title
                .Replace("{City}", city).Replace("{OtherCity}", random.Pick(otherHost.Cities))
                .Replace("{Region}", host?.Region).Replace("{Institution}", institution) + $" {year}";
            if (!titles.Add(title)) continue;
            var convening = CreateEvent(template, host, city, year, title, slugs.Claim(title));
            AddParticipations(convening, template, host);
        }
    }

    /// <summary>The partner side of an exchange: another host country, from the same region when there is one.</summary>
    private Place OtherHost(EventTemplate template, Place? host)
    {
        var others = template.Hosts.Select(Places.Get).Where(p => p != host).ToList();
        var near = others.Where(p => p.Region == host?.Region).ToList();
        return random.Pick(near.Count > 0 ? near : others.Count > 0 ? others : Places.All);
    }

    /// <summary>Joint sessions meet at the institution's seat; other events in a city of the host country.</summary>
    private (string? Institution, string? City) Venue(EventTemplate template, Place? host)
    {
        if (host is null) return (null, null);
        if (template.Kind != EventKind.JointSession) return (null, random.Pick(host.Cities));
        var seat = DemoNetworkCatalogue.InstitutionSeats.Values.First(s => s.Country == host.Code);
        return (seat.Body, seat.City);
    }

    private Event CreateEvent(EventTemplate template, Place? host, string? city, int year, string title, string slug)
    {
        var startsOn = template.Months is { } months
            ? random.DateBetween(new DateOnly(year, random.Pick(months), 1), new DateOnly(year, months[^1], 20))
            : year == Today.Year
                ? random.DateBetween(new DateOnly(year, 1, 10), new DateOnly(year, 6, 30))
                : random.DateBetween(new DateOnly(year, 1, 15), new DateOnly(year, 12, 10));
        var days = random.Next(template.MinDays, template.MaxDays + 1);
        var convening = Stamp(new Event
        {
            Slug = slug,
            Title = title,
            Kind = template.Kind,
            StartsOn = startsOn,
            EndsOn = startsOn.AddDays(Math.Max(0, days - 1)),
            CountryCode = host?.Code,
            City = city,
            Description = template.Description + (host is null ? " Held online." : $" Hosted in {city}, {host.Name}."),
            Themes = Themes(template.Themes),
        });
        var sensitive = template.Themes.Any(t => t is "digital-rights" or "lgbtqi-rights");
        Curate(convening, drafts: startsOn > Today ? 0.5 : 0, partners: sensitive ? 0.5 : 0.05, staff: 0.05);
        if (!template.Title.Contains('{'))
            foreach (var locale in TranslatedLocales.Where(_ => random.Chance(0.6)))
            {
                if (DemoNetworkPhrasebook.Translate(template.Title, locale) is not { } translated) continue;
                Localize(convening.Id, "title", locale, $"{translated} {year}");
                LocalizeTranslation(convening.Id, "description", locale, template.Description);
            }
        data.Events.Add(convening);
        return convening;
    }

    private void AddParticipations(Event convening, EventTemplate template, Place? host)
    {
        var size = template.Kind switch
        {
            EventKind.Conference => random.Next(12, 26),
            EventKind.Training => random.Next(6, 15),
            EventKind.ExchangeVisit => random.Next(4, 9),
            EventKind.JointSession => random.Next(6, 13),
            _ => random.Next(10, 31),
        };
        var attendees = random.PickMany(organisations, size, o => AttendanceWeight(o.WorksIn, o.Home, host) * (1 + 2 * Shared(o.ThemeCodes, template.Themes)));
        var organisers = random.Chance(0.3) ? 2 : 1;
        var speakers = random.Next(2, 5);
        for (var i = 0; i < attendees.Count; i++)
        {
            var role = i < organisers ? ParticipationRole.Organiser : i < organisers + speakers ? ParticipationRole.Speaker : ParticipationRole.Participant;
            data.Participations.Add(Edge(new Participation { EventId = convening.Id, OrganisationId = attendees[i].Entity.Id, Role = role },
                convening.StartsOn, convening.EndsOn, OrganisationEdgeVisibility(attendees[i])));
        }

        var people = random.PickMany(defenders, random.Next(0, 5),
            d => Shared(d.Profession.Themes, template.Themes) > 0 ? AttendanceWeight(codes => codes.Intersect(d.CountryCodes).Any(), d.Home, host) : 0);
        foreach (var person in people)
        {
            var role = person.Entity.RiskLevel <= RiskLevel.Elevated && random.Chance(0.4) ? ParticipationRole.Speaker : ParticipationRole.Participant;
            data.Participations.Add(Edge(new Participation { EventId = convening.Id, DefenderId = person.Entity.Id, Role = role },
                convening.StartsOn, convening.EndsOn, PersonEdgeVisibility(person.Entity)));
        }
    }

    /// <summary>People come from the host country first, then its region; online events draw from all of wider Europe.</summary>
    private static double AttendanceWeight(Func<IEnumerable<string>, bool> worksIn, Place home, Place? host) =>
        host is null ? ((home.Area & Area.Wider) != 0 ? 1 : 0.3)
        : worksIn([host.Code]) ? 6
        : home.Region == host.Region ? 3
        : 0.15;

    private void AddCampaigns()
    {
        var slugs = new SlugSet();
        foreach (var template in DemoNetworkCatalogue.Campaigns) AddFixedCampaign(template, slugs);
        var causes = goals.Where(g => g.Entity is { GoalStatus: GoalStatus.Active, Status: ContentStatus.Published, Visibility: Visibility.Public }).ToList();
        foreach (var goal in random.PickMany(causes, 7)) AddGoalCampaign(goal, slugs);
        foreach (var person in random.PickMany(defenders.Where(d => d.Promotable).ToList(), 3)) AddSolidarityCampaign(person, slugs);
        Schedule();
    }

    private void AddFixedCampaign(CampaignTemplate template, SlugSet slugs)
    {
        var campaign = NewCampaign(template.Title, template.Summary, template.Body, template.Themes, slugs);
        campaign.Goals = goals.Where(g => template.GoalActions.Contains(g.Template.Action) && g.Entity.Status == ContentStatus.Published)
            .Take(3).Select(g => g.Entity).ToList();
        campaign.Coalitions = coalitions.Where(c => Shared(c.Template.Themes, template.CoalitionThemes) > 0).Take(3).Select(c => c.Entity).ToList();
        campaign.Defenders = defenders.Where(d => d.Promotable && d.Profession.Title == template.DefenderProfession).Take(2).Select(d => d.Entity).ToList();
        foreach (var locale in TranslatedLocales)
        {
            if (DemoNetworkPhrasebook.Translate(template.Title, locale) is not { } title) continue;
            Localize(campaign.Id, "title", locale, title);
            LocalizeTranslation(campaign.Id, "summary", locale, template.Summary);
            LocalizeTranslation(campaign.Id, "body", locale, template.Body);
        }
    }

    private void AddGoalCampaign(DemoGoal goal, SlugSet slugs)
    {
        var entity = goal.Entity;
        var body = $"""
            ## Why it matters

            {entity.Summary}

            ## What we ask

            - {char.ToUpperInvariant(goal.Template.Action[0])}{goal.Template.Action[1..]}.
            - Involve civil society in every step of the reform.
            - Report publicly on progress by {entity.HorizonYear}.

            ## How to help

            Share this page, write to your representatives and follow the updates of [{goal.LeadName}](https://{goal.LeadSlug}.example.org).
            """;
        var campaign = NewCampaign($"Call to action — {entity.Title}",
            $"{entity.Summary.Split(". ")[0]}. Add your voice to {goal.LeadName}.", body, goal.Template.Themes, slugs);
        campaign.Goals = [entity];
        var supporting = data.GoalSupports.Where(s => s.GoalId == entity.Id && s.CoalitionId is not null).Select(s => s.CoalitionId).ToHashSet();
        campaign.Coalitions = coalitions.Where(c => supporting.Contains(c.Entity.Id)).Select(c => c.Entity).ToList();
        campaign.Defenders = defenders
            .Where(d => d.Promotable && d.CountryCodes.Intersect(goal.CountryCodes).Any() && Shared(d.Profession.Themes, goal.Template.Themes) > 0)
            .Take(2).Select(d => d.Entity).ToList();
    }

    private void AddSolidarityCampaign(DemoDefender person, SlugSet slugs)
    {
        var alias = person.Entity.Alias;
        var employer = data.Affiliations.Where(a => a.DefenderId == person.Entity.Id).Select(a => organisations.First(o => o.Entity.Id == a.OrganisationId)).First();
        var body = $"""
            ## What is happening

            {alias} faces smear campaigns and pressure from the authorities because of their work as {WithArticle(person.Profession.Title)}.

            ## What you can do

            - Share this page and tell others about {alias}'s work.
            - Write to the embassy of {person.Home.Name} in your country and ask for an end to the harassment.
            - Follow the updates of [{employer.Entity.Name}](https://{employer.Entity.Slug}.example.org).
            """;
        var campaign = NewCampaign($"Solidarity with {alias}",
            $"{alias}, {WithArticle(person.Profession.Title)} from {person.Home.Name}, is targeted for defending the rights of others. Show that {alias} is not alone.",
            body, person.Profession.Themes, slugs);
        campaign.Defenders = [person.Entity];
        var memberOf = data.Memberships.Where(m => m.OrganisationId == employer.Entity.Id || m.DefenderId == person.Entity.Id).Select(m => m.CoalitionId).ToHashSet();
        campaign.Coalitions = coalitions.Where(c => memberOf.Contains(c.Entity.Id)).Take(2).Select(c => c.Entity).ToList();
        campaign.Goals = goals.Where(g => g.CountryCodes.Intersect(person.CountryCodes).Any() && Shared(g.Template.Themes, person.Profession.Themes) > 0)
            .Take(1).Select(g => g.Entity).ToList();
    }

    private Campaign NewCampaign(string title, string summary, string body, IEnumerable<string> themes, SlugSet slugs)
    {
        var campaign = Stamp(new Campaign
        {
            Slug = slugs.Claim(title),
            Title = title,
            Summary = summary,
            Body = body,
            Status = ContentStatus.Published,
            Themes = Themes(themes),
        });
        campaign.PublishAt = campaign.CreatedAt.AddDays(random.Next(0, 10));
        data.Campaigns.Add(campaign);
        return campaign;
    }

    /// <summary>Two campaigns wait for scheduled publishing, one is about to end, one has ended, one is for partners only.</summary>
    private void Schedule()
    {
        var order = data.Campaigns.ToArray();
        random.Shuffle(order);
        foreach (var scheduled in order.Take(2))
        {
            scheduled.Status = ContentStatus.Draft;
            scheduled.PublishAt = Now.AddDays(random.Next(7, 46));
        }
        order[2].UnpublishAt = Now.AddDays(random.Next(30, 91));
        order[3].Status = ContentStatus.Archived;
        order[3].PublishAt = Now.AddDays(-random.Next(120, 400));
        order[3].UnpublishAt = order[3].PublishAt!.Value.AddDays(random.Next(60, 110));
        order[4].Visibility = Visibility.Partners;
    }
}
