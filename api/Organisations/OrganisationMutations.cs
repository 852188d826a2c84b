using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Organisations;

/// <summary>createOrganisation, updateOrganisation, publishOrganisation and the other curation mutations of organisations.</summary>
public sealed class OrganisationMutations : CuratedMutations<OrganisationType, Organisation, OrganisationInput>;
