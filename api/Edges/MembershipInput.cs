using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

public sealed class MembershipInput : IEdgeInput<Membership>
{
    public static string RecordType => "Membership";
    public static string Noun => "membership";

    public static void AddFields(InputObjectGraphType type, bool create) => EdgeRole.AddField<MembershipRole>(type, "role", create, "Lead, member or observer.");

    public static void Apply(Membership edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<MembershipRole>(input, "role", checks, role => edge.Role = role);

    public static Dictionary<string, object?> Snapshot(Membership edge) => new() { ["role"] = edge.Role.ToString() };
}

/// <summary>addMembership, updateMembership, endMembership and removeMembership.</summary>
public sealed class MembershipMutations : EdgeMutations<TieType<Membership>, Membership, MembershipInput>;
