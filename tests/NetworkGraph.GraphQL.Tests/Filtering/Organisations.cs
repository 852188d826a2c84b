using GraphQL.Types;
using NetworkGraph.GraphQL.Filtering;

namespace NetworkGraph.GraphQL.Tests.Filtering;

public enum Stage { Draft, Published, Archived }

public sealed class Country
{
    public required string Code { get; init; }
    public required string Name { get; init; }
}

public sealed class Membership
{
    public required string Role { get; init; }
    public bool Hidden { get; init; }
}

public sealed class Organisation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; init; }
    public string? Acronym { get; init; }
    public int Founded { get; init; }
    public Stage Stage { get; init; }
    public Guid? ParentId { get; init; }
    public Country? Country { get; init; }
    public List<Membership> Memberships { get; init; } = [];
}

/// <summary>Whom the filters read related records for: a viewer who may or may not see hidden memberships.</summary>
public sealed record Viewer(bool SeesHidden);

public sealed class CountryFilter : FilterDeclaration<Country, Viewer>
{
    public override string TypeName => "Country";

    public CountryFilter()
    {
        Text("code", country => country.Code, "The ISO code.");
        Text("name", country => country.Name, "The English name.");
    }
}

public sealed class MembershipFilter : FilterDeclaration<Membership, Viewer>
{
    public override string TypeName => "Membership";

    public MembershipFilter() => Text("role", membership => membership.Role, "The member's role.");
}

public sealed class OrganisationFilter : FilterDeclaration<Organisation, Viewer>
{
    public override string TypeName => "Organisation";

    public OrganisationFilter()
    {
        Id(organisation => organisation.Id);
        Text("name", organisation => organisation.Name, "The name.");
        Text("acronym", organisation => organisation.Acronym, "The acronym, if it has one.");
        Comparable<int, IntGraphType>("founded", organisation => organisation.Founded, "The year it was founded.");
        Choice<Stage>("stage", organisation => organisation.Stage, "How far it is published.");
        Reference("parent", organisation => organisation.ParentId, "The record it belongs to.");
        Related<CountryFilter, Country>("country", organisation => organisation.Country, "Where it is based.");
        List<MembershipFilter, Membership>("memberships",
            viewer => organisation => organisation.Memberships.Where(membership => viewer.SeesHidden || !membership.Hidden), "Its memberships.");
    }
}
