using NetworkGraph.GraphQL.Filtering;

namespace NetworkGraph.GraphQL.Tests.Filtering;

/// <summary>Sample organisations and the <c>where</c> inputs of a client, as GraphQL.NET hands them to a resolver.</summary>
public static class Filtered
{
    public static readonly Country Armenia = new() { Code = "AM", Name = "Armenia" };
    public static readonly Country Georgia = new() { Code = "GE", Name = "Georgia" };

    public static readonly Organisation CivicVoice = new()
    {
        Name = "Civic Voice", Acronym = "CV", Founded = 1998, Stage = Stage.Published, Country = Armenia,
        Memberships = [new() { Role = "Founder" }, new() { Role = "Observer", Hidden = true }],
    };

    public static readonly Organisation OpenDoor = new()
    {
        Name = "Open Door", Founded = 2005, Stage = Stage.Draft, Country = Georgia, ParentId = CivicVoice.Id,
        Memberships = [new() { Role = "Member" }],
    };

    public static readonly Organisation GreenValley = new() { Name = "Green Valley", Acronym = "GV", Founded = 2012, Stage = Stage.Archived };

    private static readonly Organisation[] All = [CivicVoice, OpenDoor, GreenValley];

    /// <summary>An input object of one member.</summary>
    public static Dictionary<string, object?> Input(string name, object? value) => new() { [name] = value };

    /// <summary>An input object of one field with one operator, such as <c>{ name: { eq: "x" } }</c>.</summary>
    public static Dictionary<string, object?> Where(string field, string op, object? value) => Input(field, Input(op, value));

    /// <summary>The names of the sample organisations the filter lets through, for a viewer who sees hidden records unless told otherwise.</summary>
    public static string[] Names(IDictionary<string, object?> where, bool seesHidden = true) =>
        [.. All.AsQueryable().Where(Declarations.Of<OrganisationFilter>().Predicate(where, new Viewer(seesHidden))).Select(o => o.Name)];
}
