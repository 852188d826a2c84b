using NetworkGraph.Api.GraphQL.Schema;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationQueries() : CuratedQueries<OrganisationType, Organisation, OrganisationFilter>(
    "Organisation", "organisations", "organisation", "Organisations", (access, db) => access.Organisations(db));
