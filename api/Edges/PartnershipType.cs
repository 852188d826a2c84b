using NetworkGraph.Api.Organisations;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class PartnershipType : ObjectGraphType<Partnership>
{
    public PartnershipType()
    {
        this.IsNode();
        Description = "A tie from one organisation to another: partners (read both ways), funder, joint campaign or referral.";
        Field(p => p.Kind).Description("Partner, funder (the organisation funds the partner), joint campaign or referral.");
        this.EndField<Partnership, OrganisationType, Organisation>("organisation", "Organisation", p => p.OrganisationId, (access, db) => access.Organisations(db), required: true);
        this.EndField<Partnership, OrganisationType, Organisation>("partner", "Organisation", p => p.PartnerId, (access, db) => access.Organisations(db), required: true);
        this.AddEdgeFields();
    }
}
