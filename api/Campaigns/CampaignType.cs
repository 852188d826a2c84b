using NetworkGraph.Api.Content;

namespace NetworkGraph.Api.Campaigns;

public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType(MarkdownRenderer markdown)
    {
        this.IsNode();
        Description = "A solidarity campaign or call to action.";
        this.AddCuration("campaign");
        Field(c => c.Slug);
        this.LocalizedField("title", "The campaign's title.", c => c.Title);
        this.LocalizedField("summary", "A short summary.", c => c.Summary);
        this.LocalizedField("body", "The full text, in Markdown.", c => c.Body);
        this.LocalizedField("bodyHtml", "The full text as HTML, sanitised through an allow-list: safe to embed.", "body", c => c.Body, markdown.ToSafeHtml)
            .Reads(nameof(Campaign.Body));
        this.ReferenceListField<Campaign, ThemeType, Theme>("themes", nameof(Campaign.Themes), "What the campaign is about.");
        this.RelatedConnection<Campaign, AdvocacyGoalType, AdvocacyGoal>("goals", "The advocacy goals the campaign serves.",
            (access, db) => access.Records<Campaign>(db).SelectMany(c => c.Goals, (c, g) => new EdgeEnds { From = c.Id, To = g.Id }),
            (access, db) => access.Records<AdvocacyGoal>(db));
        this.RelatedConnection<Campaign, CoalitionType, Coalition>("coalitions", "The coalitions behind the campaign.",
            (access, db) => access.Records<Campaign>(db).SelectMany(c => c.Coalitions, (c, k) => new EdgeEnds { From = c.Id, To = k.Id }),
            (access, db) => access.Records<Coalition>(db));
        this.RelatedConnection<Campaign, DefenderType, Defender>("defenders", "Defenders the campaign stands with, when they consented to be named.",
            (access, db) => access.Records<Campaign>(db).SelectMany(c => c.Defenders, (c, d) => new EdgeEnds { From = c.Id, To = d.Id }),
            (access, db) => access.Records<Defender>(db));
    }
}
