using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class AffiliationType : ObjectGraphType<Affiliation>
{
    public AffiliationType()
    {
        this.IsNode();
        Description = "A defender works with or for an organisation.";
        Field(a => a.Role, nullable: true).Description("The defender's role at the organisation, in the curators' words.");
        this.EndField<Affiliation, DefenderType, Defender>("defender", "Defender", a => a.DefenderId, (access, db) => access.Defenders(db), required: true);
        this.EndField<Affiliation, OrganisationType, Organisation>("organisation", "Organisation", a => a.OrganisationId, (access, db) => access.Organisations(db), required: true);
        this.AddEdgeFields();
    }
}
