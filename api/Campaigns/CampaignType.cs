using GraphQL.Types;
using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Campaigns;

public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        this.IsNode("Campaign");
        Description = "A solidarity campaign or call to action.";
        Field(c => c.Slug);
        this.LocalizedField("title", "The campaign's title.", c => c.Title);
        this.LocalizedField("summary", "A short summary.", c => c.Summary);
        this.LocalizedField("body", "The full text, in Markdown.", c => c.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<Campaign, Theme>(context.Source, nameof(Campaign.Themes)));
        this.Connection<Campaign, AdvocacyGoalType, AdvocacyGoal>("goals")
            .Resolve(context => context.PageOf(context.Loaders().Related("goals-of-campaign", context.Source.Id,
                (access, db) => access.Campaigns(db).SelectMany(c => c.Goals, (c, g) => new EdgeEnds { From = c.Id, To = g.Id }),
                (access, db) => access.AdvocacyGoals(db))));
        this.Connection<Campaign, CoalitionType, Coalition>("coalitions")
            .Resolve(context => context.PageOf(context.Loaders().Related("coalitions-of-campaign", context.Source.Id,
                (access, db) => access.Campaigns(db).SelectMany(c => c.Coalitions, (c, k) => new EdgeEnds { From = c.Id, To = k.Id }),
                (access, db) => access.Coalitions(db))));
        this.Connection<Campaign, DefenderType, Defender>("defenders")
            .Description("Defenders the campaign stands with, when they consented to be named.")
            .Resolve(context => context.PageOf(context.Loaders().Related("defenders-of-campaign", context.Source.Id,
                (access, db) => access.Campaigns(db).SelectMany(c => c.Defenders, (c, d) => new EdgeEnds { From = c.Id, To = d.Id }),
                (access, db) => access.Defenders(db))));
    }
}
