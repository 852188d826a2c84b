using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationQueries() : CuratedQueries<OrganisationType, Organisation, OrganisationFilter>("Organisations", (access, db) => access.Organisations(db));
