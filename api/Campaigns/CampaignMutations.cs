namespace NetworkGraph.Api.Campaigns;

/// <summary>createCampaign, updateCampaign, publishCampaign and the other curation mutations of campaigns.</summary>
public sealed class CampaignMutations : CuratedMutations<CampaignType, Campaign, CampaignInput>
{
    private static readonly Type Ids = typeof(ListGraphType<NonNullGraphType<IdGraphType>>);

    /// <summary>On create the slug and the title are required.</summary>
    protected override void AddFields(RecordInputGraphType<CampaignInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens: \"free-the-minsk-lawyers\".", required: create);
        input.Field(i => i.Title, "The campaign's title in its default locale.", required: create);
        input.Field(i => i.Summary, "A short summary, in the default locale.");
        input.Field(i => i.Body, "The full text in Markdown, in the default locale.");
        input.Field(i => i.Goals, "IDs of the advocacy goals the campaign serves.", graphType: Ids);
        input.Field(i => i.Coalitions, "IDs of the coalitions behind the campaign.", graphType: Ids);
        input.Field(i => i.Defenders, "IDs of the defenders the campaign stands with.", graphType: Ids);
    }
}
