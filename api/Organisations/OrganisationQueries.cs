namespace NetworkGraph.Api.Organisations;

public sealed class OrganisationQueries() : CuratedQueries<OrganisationType, Organisation, OrganisationFilter>("Organisations", (access, db) => access.Records<Organisation>(db));
