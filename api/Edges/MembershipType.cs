using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        this.IsNode();
        Description = "An organisation or a defender belongs to a coalition.";
        Field(m => m.Role).Description("Lead, member or observer.");
        this.EndField<Membership, CoalitionType, Coalition>("coalition", "Coalition", m => m.CoalitionId, (access, db) => access.Coalitions(db), required: true);
        this.EndField<Membership, OrganisationType, Organisation>("organisation", "Organisation", m => m.OrganisationId, (access, db) => access.Organisations(db));
        this.EndField<Membership, DefenderType, Defender>("defender", "Defender", m => m.DefenderId, (access, db) => access.Defenders(db));
        this.AddEdgeFields();
    }
}
