using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

public sealed class GoalSupportInput : IEdgeInput<GoalSupport>
{
    public static string RecordType => "GoalSupport";
    public static string Noun => "goal support";

    public static void AddFields(InputObjectGraphType type, bool create) => EdgeRole.AddField<GoalSupportRole>(type, "role", create, "Lead or supporter.");

    public static void Apply(GoalSupport edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<GoalSupportRole>(input, "role", checks, role => edge.Role = role);

    public static Dictionary<string, object?> Snapshot(GoalSupport edge) => new() { ["role"] = edge.Role.ToString() };
}

/// <summary>addGoalSupport, updateGoalSupport, endGoalSupport and removeGoalSupport.</summary>
public sealed class GoalSupportMutations : EdgeMutations<TieType<GoalSupport>, GoalSupport, GoalSupportInput>;
