using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>Small builders for known test records; published and public unless a test says otherwise.</summary>
public static class TestData
{
    public static Organisation Organisation(string name, ContentStatus status = ContentStatus.Published,
        Visibility visibility = Visibility.Public, string country = "GE") => new()
    {
        Slug = Slug(name), Name = name, HeadquartersCountryCode = country, Kind = OrganisationKind.Ngo,
        Status = status, Visibility = visibility, Description = $"{name} works on human rights.",
    };

    public static Coalition Coalition(string name, ContentStatus status = ContentStatus.Published, Visibility visibility = Visibility.Public) => new()
    {
        Slug = Slug(name), Name = name, Purpose = $"{name} brings organisations together.", Status = status, Visibility = visibility,
    };

    public static AdvocacyGoal Goal(string title, ContentStatus status = ContentStatus.Published) => new()
    {
        Slug = Slug(title), Title = title, Summary = $"{title}, explained.", Status = status,
    };

    public static Defender Defender(string alias, RiskLevel risk = RiskLevel.Low, bool consent = true,
        ContentStatus status = ContentStatus.Published) => new()
    {
        Slug = Slug(alias), Alias = alias, LegalName = $"Legal name of {alias}", Contact = $"{Slug(alias)}@example.org",
        RiskLevel = risk, PublicationConsent = consent, Status = status, Bio = $"{alias} documents violations.",
    };

    public static Event Event(string title, ContentStatus status = ContentStatus.Published) => new()
    {
        Slug = Slug(title), Title = title, Kind = EventKind.Conference, StartsOn = new DateOnly(2025, 5, 1), EndsOn = new DateOnly(2025, 5, 3),
        CountryCode = "GE", City = "Tbilisi", Description = $"{title} brings defenders together.", Status = status,
    };

    public static Campaign Campaign(string title, string body, ContentStatus status = ContentStatus.Published) => new()
    {
        Slug = Slug(title), Title = title, Summary = $"{title}, in short.", Body = body, Status = status,
    };

    public static Membership Member(Coalition coalition, Organisation organisation, Visibility visibility = Visibility.Public) =>
        new() { CoalitionId = coalition.Id, OrganisationId = organisation.Id, Role = MembershipRole.Member, Visibility = visibility };

    public static Membership Member(Coalition coalition, Defender defender) =>
        new() { CoalitionId = coalition.Id, DefenderId = defender.Id, Role = MembershipRole.Member };

    public static GoalSupport Supports(Coalition coalition, AdvocacyGoal goal) =>
        new() { CoalitionId = coalition.Id, GoalId = goal.Id, Role = GoalSupportRole.Supporter };

    public static GoalSupport Supports(Organisation organisation, AdvocacyGoal goal) =>
        new() { OrganisationId = organisation.Id, GoalId = goal.Id, Role = GoalSupportRole.Lead };

    public static Affiliation Affiliated(Defender defender, Organisation organisation) =>
        new() { DefenderId = defender.Id, OrganisationId = organisation.Id, Role = "Lawyer" };

    public static Partnership Partners(Organisation organisation, Organisation partner) =>
        new() { OrganisationId = organisation.Id, PartnerId = partner.Id, Kind = PartnershipKind.Partner };

    public static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '.', '\''], StringSplitOptions.RemoveEmptyEntries));
}
