using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class ParticipationInput : IEdgeInput<Participation>
{
    public static string RecordType => "Participation";
    public static string Noun => "participation";

    public static IReadOnlyList<EdgeEnd[]> Ends { get; } =
    [
        [EdgeEnd.To<Event>("event", "Event", nameof(Participation.EventId))],
        [EdgeEnd.To<Organisation>("organisation", "Organisation", nameof(Participation.OrganisationId)), EdgeEnd.To<Defender>("defender", "Defender", nameof(Participation.DefenderId))],
    ];

    public static void AddFields(InputObjectGraphType type, bool create) =>
        EdgeRole.AddField<ParticipationRole>(type, "role", create, "Organiser, speaker or participant.");

    public static void Apply(Participation edge, IDictionary<string, object?> input, InputChecks checks) =>
        EdgeRole.Read<ParticipationRole>(input, "role", checks, role => edge.Role = role);

    public static Dictionary<string, object?> Snapshot(Participation edge) => new() { ["role"] = edge.Role.ToString() };
}

/// <summary>addParticipation, updateParticipation, endParticipation and removeParticipation.</summary>
public sealed class ParticipationMutations : EdgeMutations<ParticipationType, Participation, ParticipationInput>;
