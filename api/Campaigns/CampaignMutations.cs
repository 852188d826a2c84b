using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Campaigns;

/// <summary>createCampaign, updateCampaign, publishCampaign and the other curation mutations of campaigns.</summary>
public sealed class CampaignMutations : CuratedMutations<CampaignType, Campaign, CampaignInput>;
