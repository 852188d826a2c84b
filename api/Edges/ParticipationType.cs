using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Events;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class ParticipationType : ObjectGraphType<Participation>
{
    public ParticipationType()
    {
        this.IsNode();
        Description = "An organisation or a defender takes part in an event.";
        Field(p => p.Role).Description("Organiser, speaker or participant.");
        this.EndField<Participation, EventType, Event>("event", "Event", p => p.EventId, (access, db) => access.Events(db), required: true);
        this.EndField<Participation, OrganisationType, Organisation>("organisation", "Organisation", p => p.OrganisationId, (access, db) => access.Organisations(db));
        this.EndField<Participation, DefenderType, Defender>("defender", "Defender", p => p.DefenderId, (access, db) => access.Defenders(db));
        this.AddEdgeFields();
    }
}
