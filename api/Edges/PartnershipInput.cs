using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

public sealed class PartnershipInput : IEdgeInput<Partnership>
{
    public static string RecordType => "Partnership";
    public static string Noun => "partnership";

    public static void AddFields(InputObjectGraphType type, bool create) =>
        EdgeRole.AddField<PartnershipKind>(type, "kind", create, "Partner, funder (the organisation funds the partner), joint campaign or referral.");

    public static void Apply(Partnership edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<PartnershipKind>(input, "kind", checks, kind => edge.Kind = kind);

    public static Dictionary<string, object?> Snapshot(Partnership edge) => new() { ["kind"] = edge.Kind.ToString() };
}

/// <summary>addPartnership, updatePartnership, endPartnership and removePartnership.</summary>
public sealed class PartnershipMutations : EdgeMutations<TieType<Partnership>, Partnership, PartnershipInput>;
