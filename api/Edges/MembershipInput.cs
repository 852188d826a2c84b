using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class MembershipInput : IEdgeInput<Membership>
{
    public static string RecordType => "Membership";
    public static string Noun => "membership";

    public static IReadOnlyList<EdgeEnd[]> Ends { get; } =
    [
        [EdgeEnd.To<Coalition>("coalition", "Coalition", nameof(Membership.CoalitionId))],
        [EdgeEnd.To<Organisation>("organisation", "Organisation", nameof(Membership.OrganisationId)), EdgeEnd.To<Defender>("defender", "Defender", nameof(Membership.DefenderId))],
    ];

    public static void AddFields(InputObjectGraphType type, bool create) => EdgeRole.AddField<MembershipRole>(type, "role", create, "Lead, member or observer.");

    public static void Apply(Membership edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<MembershipRole>(input, "role", checks, role => edge.Role = role);

    public static Dictionary<string, object?> Snapshot(Membership edge) => new() { ["role"] = edge.Role.ToString() };
}

/// <summary>addMembership, updateMembership, endMembership and removeMembership.</summary>
public sealed class MembershipMutations : EdgeMutations<MembershipType, Membership, MembershipInput>;
