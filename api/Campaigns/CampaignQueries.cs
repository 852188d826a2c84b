namespace NetworkGraph.Api.Campaigns;

public sealed class CampaignQueries() : CuratedQueries<CampaignType, Campaign, CampaignFilter>("Solidarity campaigns and calls to action", (access, db) => access.Records<Campaign>(db));
