using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

public sealed class ParticipationInput : IEdgeInput<Participation>
{
    public static string RecordType => "Participation";
    public static string Noun => "participation";

    public static void AddFields(InputObjectGraphType type, bool create) =>
        EdgeRole.AddField<ParticipationRole>(type, "role", create, "Organiser, speaker or participant.");

    public static void Apply(Participation edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<ParticipationRole>(input, "role", checks, role => edge.Role = role);

    public static Dictionary<string, object?> Snapshot(Participation edge) => new() { ["role"] = edge.Role.ToString() };
}

/// <summary>addParticipation, updateParticipation, endParticipation and removeParticipation.</summary>
public sealed class ParticipationMutations : EdgeMutations<TieType<Participation>, Participation, ParticipationInput>;
