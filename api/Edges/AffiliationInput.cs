using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

public sealed class AffiliationInput : IEdgeInput<Affiliation>
{
    public static string RecordType => "Affiliation";
    public static string Noun => "affiliation";

    public static void AddFields(InputObjectGraphType type, bool create) =>
        type.Field<StringGraphType>("role").Description("The defender's role at the organisation, e.g. \"lawyer\"; at most 120 characters.");

    public static void Apply(Affiliation edge, IDictionary<string, object?> input, InputChecks checks)
    {
        if (!input.TryGetValue("role", out var role)) return;
        checks.Text("role", role as string, 120, required: false);
        edge.Role = role as string;
    }

    public static Dictionary<string, object?> Snapshot(Affiliation edge) => new() { ["role"] = edge.Role };
}

/// <summary>addAffiliation, updateAffiliation, endAffiliation and removeAffiliation.</summary>
public sealed class AffiliationMutations : EdgeMutations<TieType<Affiliation>, Affiliation, AffiliationInput>;
